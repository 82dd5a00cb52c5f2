package dev.mlsec.assessor.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The real bot and Bolt app over a {@link FakeSlackApi}, driven through signed HTTP requests. */
final class SlackHarness implements AutoCloseable {

    static final String SECRET = "test-signing-secret";
    static final String TEAM = "T0FAKE";
    static final String CHANNEL = "C0CHAN";
    static final String LEAD = "ULEAD";

    final FakeSlackApi slack = new FakeSlackApi();
    final TestAssessor core;
    final LeadDesk desk;
    final SlackSigner signer = new SlackSigner(SECRET);
    final SlackBot bot;
    final SlackHttpEndpoint endpoint;
    private final AtomicInteger triggers = new AtomicInteger();
    /** The bot's workers, when a test waits for them to be idle; else the bot's own. */
    private final ThreadPoolExecutor workers;

    SlackHarness() {
        this(Set.of(LEAD));
    }

    SlackHarness(Set<String> leads) {
        this(leads, null, java.time.Clock.systemUTC());
    }

    private SlackHarness(Set<String> leads, ThreadPoolExecutor workers, java.time.Clock clock) {
        this.workers = workers;
        this.core = TestAssessor.with(TestQuestionnaires.all(), clock);
        this.desk = core.desk();
        SlackSettings settings = new SlackSettings("xoxb-000000000000-test-token", SECRET, Optional.empty(), slack.apiUrl(), leads);
        bot = new SlackBot(settings, core.engine()::handle, desk, Optional.of(core.remindMe()), TestQuestionnaires.all(),
                workers == null ? Workers.defaultExecutor() : workers);
        core.roots().attach(Platform.SLACK, bot.rootMessages());
        core.directMessages().attach(Platform.SLACK, bot.directMessages());
        bot.start();
        endpoint = new SlackHttpEndpoint(bot);
    }

    /** A harness whose bot's work after an acknowledgement can be waited for with {@link #quiet()}. */
    static SlackHarness observable() {
        return observable(java.time.Clock.systemUTC());
    }

    /** An {@link #observable()} harness whose core tells time by {@code clock}. */
    static SlackHarness observable(java.time.Clock clock) {
        return new SlackHarness(Set.of(LEAD), new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>()), clock);
    }

    /** Waits until the bot has no work queued or running (only for an {@link #observable()} harness). */
    void quiet() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int calm = 0;
        while (calm < 3 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            calm = workers.getActiveCount() == 0 && workers.getQueue().isEmpty() ? calm + 1 : 0;
        }
        if (calm < 3) {
            throw new AssertionError("the bot's work did not settle");
        }
    }

    String nextTrigger() {
        return "trigger-" + triggers.incrementAndGet();
    }

    static String commandBody(String team, String user, String text, String trigger, String responseUrl) {
        return SlackPayloads.commandBody(team, user, CHANNEL, text, trigger, responseUrl);
    }

    SlackHttpEndpoint.HttpResult post(String body, Map<String, List<String>> headers) {
        return endpoint.handle("POST", "/slack/events", headers, body);
    }

    SlackHttpEndpoint.HttpResult command(String team, String user, String text, String responseName) {
        String body = commandBody(team, user, text, nextTrigger(), slack.responseUrl(responseName));
        return post(body, signer.headers(body, "application/x-www-form-urlencoded"));
    }

    /** A block_actions payload for one element pressed in a message. */
    static JsonObject actionPayload(String team, String user, String channel, boolean ephemeral, String actionId,
                                    JsonObject action, JsonObject stateValues, String trigger, String responseUrl) {
        return SlackPayloads.actionPayload(team, user, channel, ephemeral, actionId, action, stateValues, trigger, responseUrl);
    }

    SlackHttpEndpoint.HttpResult action(String user, String channel, boolean ephemeral, String actionId, JsonObject action,
                                        JsonObject stateValues, String responseName) {
        return action(TEAM, user, channel, ephemeral, actionId, action, stateValues, nextTrigger(), responseName);
    }

    SlackHttpEndpoint.HttpResult action(String team, String user, String channel, boolean ephemeral, String actionId,
                                        JsonObject action, JsonObject stateValues, String trigger, String responseName) {
        String body = actionBody(actionPayload(team, user, channel, ephemeral, actionId, action, stateValues, trigger,
                slack.responseUrl(responseName)));
        return post(body, signer.headers(body, "application/x-www-form-urlencoded"));
    }

    static String actionBody(JsonObject payload) {
        return SlackPayloads.actionBody(payload);
    }

    static JsonObject button(String value) {
        return obj("type", "button", "value", value);
    }

    static JsonObject staticSelect(String value) {
        JsonObject a = obj("type", "static_select");
        a.add("selected_option", obj("value", value));
        return a;
    }

    /** state.values for a message whose checkboxes (or multi select) with this action id have these options ticked. */
    static JsonObject ticked(String actionId, String type, String... values) {
        return SlackPayloads.ticked(actionId, type, values);
    }

    static JsonObject obj(String... kv) {
        return SlackPayloads.obj(kv);
    }

    static String enc(String s) {
        return SlackPayloads.enc(s);
    }

    /** The assessment code in a lead's "Assessment `CODE` ... is posted" reply. */
    static String codeIn(String reply) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Assessment `([A-Z0-9-]+)`").matcher(reply);
        if (!m.find()) {
            throw new AssertionError("no assessment code in " + reply);
        }
        return m.group(1);
    }

    /** Every action_id in the blocks, in order. */
    static List<String> actionIds(JsonElement blocks) {
        List<String> ids = new ArrayList<>();
        collect(blocks, ids);
        return ids;
    }

    private static void collect(JsonElement e, List<String> ids) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, ids));
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("action_id")) {
                ids.add(o.get("action_id").getAsString());
            }
            o.entrySet().forEach(x -> collect(x.getValue(), ids));
        }
    }

    /** The first action_id of a message that starts with the prefix, e.g. "mlsec|dk|". */
    static String actionId(FakeSlackApi.Call call, String prefix) {
        return actionIds(call.blocks()).stream().filter(a -> a.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + call.body()));
    }

    /** Creates an assessment as the lead and returns its code. */
    String newAssessment(String systemName) {
        String name = "new-" + nextTrigger();
        command(TEAM, LEAD, "new " + systemName, name);
        return codeIn(slack.awaitResponse(name, 1).body());
    }

    /** One respondent opens the questionnaire from the assessment's root message and answers to the end. */
    FakeSlackApi.Call answerToTheEnd(String user, String code, String questionnaireId) {
        String step = user + "-" + nextTrigger();
        action(user, CHANNEL, false, "mlsec|open|" + code + "|" + questionnaireId, button(questionnaireId), null, step);
        FakeSlackApi.Call message = slack.awaitResponse(step, 1);
        for (int i = 0; i < 40 && !message.body().contains("done, thank you"); i++) {
            step = user + "-" + nextTrigger();
            FakeSlackApi.Call shown = message;
            SlackPayloads.Press press = SlackPayloads.firstAnswer(message.blocks())
                    .orElseThrow(() -> new AssertionError("no way to answer " + shown.body()));
            action(user, CHANNEL, true, press.actionId(), press.action(), press.stateValues(), step);
            message = slack.awaitResponse(step, 1);
        }
        if (!message.body().contains("done, thank you")) {
            throw new AssertionError("not finished: " + message.body());
        }
        return message;
    }

    /** Three respondents complete one questionnaire each, so the assessment's report and export may be shown. */
    void completeEveryQuestionnaire(String code) {
        int n = 0;
        for (dev.mlsec.assessor.questions.Questionnaire q : TestQuestionnaires.all()) {
            answerToTheEnd("URESP" + (++n), code, q.id());
        }
    }

    /**
     * Every answer the store holds, as "question=options" (options comma-separated), run by run in the
     * order each run's answers were given.
     */
    List<String> storedAnswers() {
        List<String> answers = new ArrayList<>();
        for (org.bson.Document run : core.mongo().getCollection("sessions").find()) {
            org.bson.Document byQuestion = run.get("answers", org.bson.Document.class);
            if (byQuestion != null) {
                byQuestion.forEach((question, options) -> answers.add(question + "="
                        + String.join(",", ((List<?>) options).stream().map(String::valueOf).toList())));
            }
        }
        return answers;
    }

    @Override
    public void close() {
        bot.stop();
        slack.close();
        core.close();
    }
}
