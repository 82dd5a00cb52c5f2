package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Malformed and hostile envelopes delivered over Socket Mode, to the real bot, engine and store: the
 * bot shows no one a stack trace, stores nothing, and still answers the next valid envelope.
 */
class HostileSocketModeEnvelopeProperties {

    private static final String TEAM = "T0FAKE";
    private static final String OTHER_TEAM = "T0OTHER";
    private static final String CHANNEL = "C0CHAN";
    private static final String LEAD = "ULEAD";
    private static final String RESPONDENT = "URUNNER";

    private static final AtomicInteger IDS = new AtomicInteger();
    private static FakeSlackApi slack;
    private static FakeSocketModeServer socket;
    private static TestAssessor core;
    private static ThreadPoolExecutor executor;
    private static SlackBot bot;
    /** An assessment of TEAM. */
    private static String code;
    /** A run of RESPONDENT in TEAM, one answer in, now at the framework question. */
    private static String run;
    /** Envelopes the bot already acted on, to be replayed. */
    private static final List<String> HANDLED = new ArrayList<>();

    @BeforeContainer
    static void start() throws Exception {
        slack = new FakeSlackApi();
        socket = FakeSocketModeServer.open();
        slack.socketModeUrl(socket.url());
        core = TestAssessor.with(TestQuestionnaires.all());
        executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        SlackSettings settings = new SlackSettings("xoxb-000000000000-test-token", "unused-in-socket-mode",
                Optional.of("xapp-1-A000-000000000000-test"), slack.apiUrl(), Set.of(LEAD));
        bot = new SlackBot(settings, core.engine()::handle,
                core.desk(),
                TestQuestionnaires.all(), executor);
        bot.start();
        socket.awaitConnection();

        String createdEnvelope = envelope("slash_commands", command(TEAM, LEAD, "new Fraud model"));
        String created = deliver(createdEnvelope);
        Matcher found = Pattern.compile("Assessment `([A-Z0-9-]+)`").matcher(slack.awaitResponse(created, 1).body());
        assertThat(found.find()).isTrue();
        code = found.group(1);

        String started = envelope("slash_commands", command(TEAM, RESPONDENT, "start attack-surface"));
        socket.send(started);
        Matcher runId = Pattern.compile("mlsec\\|dm\\|([A-Za-z0-9_-]{16,64})")
                .matcher(socket.awaitAck(envelopeId(started)).toString());
        assertThat(runId.find()).isTrue();
        run = runId.group(1);
        String answered = envelope("interactive", action(TEAM, RESPONDENT, "mlsec|dk|" + run + "|data-source", button("dk"), null));
        slack.awaitResponse(deliver(answered), 1);
        quiet();
        HANDLED.add(started);
        HANDLED.add(answered);
        HANDLED.add(createdEnvelope);
    }

    @AfterContainer
    static void stop() {
        if (bot != null) {
            bot.stop();
        }
        socket.close();
        slack.close();
        core.close();
    }

    @Property(tries = 60)
    void a_hostile_envelope_shows_no_stack_trace_stores_nothing_and_the_bot_answers_the_next_one(
            @ForAll("hostileEnvelopes") String hostile) throws Exception {
        String before = core.dump();
        int sent = socket.received().size();
        int calls = slack.calls().size();

        try (LogCapture log = LogCapture.start()) {
            socket.send(hostile);
            String help = envelope("slash_commands", command(TEAM, "UHELP", "help"));
            socket.send(help);

            assertThat(socket.awaitAck(envelopeId(help)).toString()).contains("Here is what I can do");
            quiet();
            assertQuietLog(log);
        }
        assertThat(core.dump()).isEqualTo(before);
        List<String> received = socket.received();
        List<String> shown = new ArrayList<>(received.subList(sent, received.size()));
        List<FakeSlackApi.Call> made = slack.calls();
        made.subList(calls, made.size()).forEach(c -> shown.add(c.body()));
        assertThat(shown).allSatisfy(message -> assertThat(message)
                .doesNotContain("Exception", "\tat ", "\\tat ", ".java:", "at dev.mlsec", "at com.slack"));
    }

    @Example
    void the_malformed_envelopes_a_peer_sent_log_no_error_no_stack_trace_and_no_id_and_change_nothing() throws Exception {
        List<String> malformed = List.of(
                envelope("slash_commands", command(TEAM, LEAD, "new Fraud model")).substring(0, 90),
                "{\"type\":\"slash_commands\",\"envelope_id\":\"n1\",\"accepts_response_payload\":true,\"payload\":null}",
                "{\"type\":\"interactive\",\"envelope_id\":\"n2\",\"payload\":null}",
                "{\"type\":\"slash_commands\",\"envelope_id\":\"n3\",\"accepts_response_payload\":true,\"payload\":"
                        + new com.google.gson.JsonPrimitive("team_id=" + TEAM + "&user_id=" + LEAD + "&command=/mlsec&text=help") + "}",
                "{\"type\":\"interactive\",\"envelope_id\":\"n4\",\"payload\":"
                        + new com.google.gson.JsonPrimitive(action(TEAM, RESPONDENT, "mlsec|pause|" + run, button("x"), null).toString())
                        + "}");
        String before = core.dump();

        try (LogCapture log = LogCapture.start()) {
            malformed.forEach(socket::send);
            String help = envelope("slash_commands", command(TEAM, "UHELP", "help"));
            socket.send(help);

            socket.awaitAck(envelopeId(help));
            quiet();
            assertQuietLog(log);
        }
        assertThat(core.dump()).isEqualTo(before);
    }

    @Example
    void an_envelope_without_an_envelope_id_is_not_acted_on() throws Exception {
        String before = core.dump();
        int posted = slack.calls("chat.postMessage").size();
        JsonObject unnamed = com.google.gson.JsonParser.parseString(envelope("slash_commands", command(TEAM, LEAD, "new Fraud model")))
                .getAsJsonObject();
        unnamed.remove("envelope_id");

        socket.send(unnamed.toString());
        String help = envelope("slash_commands", command(TEAM, "UHELP", "help"));
        socket.send(help);

        socket.awaitAck(envelopeId(help));
        quiet();
        assertThat(slack.calls("chat.postMessage")).hasSize(posted);
        assertThat(core.dump()).isEqualTo(before);
    }

    /** No error, no stack trace, no exception's text and no team or user id in what was logged. */
    private static void assertQuietLog(LogCapture log) {
        assertThat(log.errors()).isEmpty();
        assertThat(log.lines()).allSatisfy(line -> assertThat(line)
                .doesNotContain(TEAM, OTHER_TEAM, LEAD, RESPONDENT, "UHELP", "Exception", "\tat "));
    }

    @Example
    void a_slash_command_without_a_user_is_answered_with_a_clear_error_and_changes_nothing() throws Exception {
        String before = core.dump();
        JsonObject payload = command(TEAM, "UNOBODY", "start security");
        payload.remove("user_id");
        String envelope = envelope("slash_commands", payload);

        socket.send(envelope);

        assertThat(socket.awaitAck(envelopeId(envelope)).toString()).contains("I could not tell who sent this");
        quiet();
        assertThat(core.dump()).isEqualTo(before);
    }

    @Example
    void a_button_press_without_a_user_id_is_acknowledged_and_changes_nothing() throws Exception {
        String before = core.dump();
        JsonObject payload = action(TEAM, RESPONDENT, "mlsec|open|" + code + "|security", button("security"), null);
        payload.getAsJsonObject("user").remove("id");
        String envelope = envelope("interactive", payload);

        socket.send(envelope);

        socket.awaitAck(envelopeId(envelope));
        quiet();
        assertThat(core.dump()).isEqualTo(before);
    }

    @Example
    void a_system_name_with_a_channel_mention_is_posted_escaped() throws Exception {
        int posted = slack.calls("chat.postMessage").size();

        slack.awaitResponse(deliver(envelope("slash_commands", command(TEAM, LEAD, "new fraud <!channel> model"))), 1);

        assertThat(slack.calls("chat.postMessage").get(posted).param("text"))
                .isEqualTo("ML security assessment: fraud &lt;!channel&gt; model");
        quiet();
    }

    // ---------------------------------------------------------------- what is sent

    @Provide
    Arbitrary<String> hostileEnvelopes() {
        return Arbitraries.oneOf(badJson(), wrongTypes(), missingPayload(), unknownTypes(), mongoKeys(), controlCharacters(),
                oversized(), forgedActions(), anotherWorkspace(), replays());
    }

    private Arbitrary<String> badJson() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(60).map(s -> "{" + s),
                Arbitraries.of("{", "{\"type\":", "{\"type\":\"slash_commands\",\"payload\":{", "[1,2,3]", "null", "\"x\"",
                        "{\"type\":\"interactive\",\"envelope_id\":\"e\",\"payload\":{\"type\":\"block_actions\",\"actions\":[",
                        "{}}", "{\"type\":\"slash_commands\"}garbage", "{\"a\":" + "[".repeat(300)));
    }

    private Arbitrary<String> wrongTypes() {
        return Arbitraries.of(
                "{\"type\":42,\"envelope_id\":\"e1\",\"payload\":{}}",
                "{\"type\":[\"slash_commands\"],\"envelope_id\":\"e2\",\"payload\":{}}",
                "{\"type\":{\"$ne\":null},\"envelope_id\":\"e3\"}",
                "{\"type\":\"slash_commands\",\"envelope_id\":{\"x\":1},\"payload\":\"text=help\"}",
                "{\"type\":\"slash_commands\",\"envelope_id\":\"e5\",\"payload\":[1,2]}",
                "{\"type\":\"slash_commands\",\"envelope_id\":\"e6\",\"payload\":123}",
                "{\"type\":\"interactive\",\"envelope_id\":\"e7\",\"payload\":{\"type\":\"block_actions\",\"actions\":\"x\"}}",
                "{\"type\":\"interactive\",\"envelope_id\":\"e8\",\"payload\":{\"type\":\"block_actions\",\"user\":\"U1\","
                        + "\"actions\":[{\"action_id\":7}]}}",
                "{\"type\":\"interactive\",\"envelope_id\":\"e9\",\"payload\":{\"type\":[\"block_actions\"]}}",
                "{\"type\":\"slash_commands\",\"envelope_id\":\"e10\",\"payload\":{\"command\":[\"/mlsec\"],\"text\":{\"a\":1}}}",
                "{\"type\":\"slash_commands\",\"envelope_id\":\"e11\",\"accepts_response_payload\":\"yes\","
                        + "\"payload\":{\"command\":\"/mlsec\",\"text\":5,\"team_id\":true,\"user_id\":null}}");
    }

    private Arbitrary<String> missingPayload() {
        return Arbitraries.of("slash_commands", "interactive", "events_api").flatMap(type -> Arbitraries.of(
                "{\"type\":\"" + type + "\",\"envelope_id\":\"m-" + type + "\"}",
                "{\"type\":\"" + type + "\",\"envelope_id\":\"m-" + type + "\",\"payload\":null}",
                "{\"type\":\"" + type + "\",\"envelope_id\":\"m-" + type + "\",\"payload\":{}}",
                "{\"type\":\"" + type + "\"}"));
    }

    private Arbitrary<String> unknownTypes() {
        return Arbitraries.strings().alpha().numeric().withChars('_', '.', '$').ofMinLength(1).ofMaxLength(20)
                .filter(t -> !Set.of("slash_commands", "interactive", "events_api", "disconnect").contains(t))
                .map(type -> {
                    JsonObject e = new JsonObject();
                    e.addProperty("type", type);
                    e.addProperty("envelope_id", "u-" + IDS.incrementAndGet());
                    e.add("payload", command(TEAM, RESPONDENT, "start security"));
                    return e.toString();
                });
    }

    private Arbitrary<String> mongoKeys() {
        return Arbitraries.oneOf(
                Arbitraries.of("report $where", "status {\"$gt\":\"\"}", "start $where", "export a.b csv", "status answers.$set",
                        "start security.$", "resume $", "report " + code + ".$set", "export $ne json")
                        .map(text -> envelope("slash_commands", command(TEAM, LEAD, text))),
                Arbitraries.of("mlsec|a|$where|answers.$set|x", "mlsec|open|$gt|security", "mlsec|open|" + code + "|$where",
                        "mlsec|sel|" + run + "|$set", "mlsec|a|" + run + "|framework|$where", "mlsec|a|" + run + "|a.b|c.d",
                        "mlsec|dk|" + run + "|$set.answers")
                        .map(id -> envelope("interactive", action(TEAM, RESPONDENT, id, button("$where"), null))),
                Arbitraries.of("$set", "answers.framework", "$where", "a.b.c").map(key -> {
                    JsonObject state = new JsonObject();
                    JsonObject block = new JsonObject();
                    JsonObject value = SlackPayloads.obj("type", "checkboxes");
                    JsonArray options = new JsonArray();
                    options.add(SlackPayloads.obj("value", key));
                    value.add("selected_options", options);
                    block.add(key, value);
                    state.add(key, block);
                    JsonObject payload = action(TEAM, RESPONDENT, "mlsec|sub|" + run + "|framework", button("submit"), state);
                    payload.addProperty(key, "{\"$ne\":1}");
                    return envelope("interactive", payload);
                }));
    }

    private Arbitrary<String> controlCharacters() {
        Arbitrary<String> nasty = Arbitraries.strings().withChars('\u0000', '\u0007', '\u001b', '\u202e', '\u202d',
                '\u2066', '\u2069', '\u200f', '\u200b', '\ufeff', '`', '|', '<', '@').ofMinLength(1).ofMaxLength(12);
        return Arbitraries.oneOf(
                nasty.map(s -> envelope("slash_commands", command(TEAM, LEAD, "report " + s))),
                nasty.map(s -> envelope("slash_commands", command(TEAM, "U1", "start " + s + "cooking"))),
                nasty.map(s -> envelope("slash_commands", command(TEAM, "U" + s, "status " + code))),
                nasty.map(s -> envelope("interactive", action(TEAM, RESPONDENT, "mlsec|a|" + run + "|framework|" + s, button(s), null))),
                nasty.map(s -> envelope("interactive", action(TEAM, RESPONDENT, "mlsec|open|" + code + s + "|security", button(s), null))),
                nasty.map(s -> envelope("interactive", action(TEAM + s, RESPONDENT + s, "mlsec|sel|" + run + "|framework",
                        select(s), null))));
    }

    private Arbitrary<String> oversized() {
        String huge = "x".repeat(70_000);
        return Arbitraries.of(
                envelope("slash_commands", command(TEAM, LEAD, "report " + huge)),
                envelope("slash_commands", command(TEAM, LEAD, "status " + huge)),
                envelope("slash_commands", command(TEAM, "U1", "start " + huge)),
                envelope("slash_commands", command(TEAM, huge, "resume")),
                envelope("interactive", action(TEAM, RESPONDENT, "mlsec|a|" + run + "|framework|" + huge, button(huge), null)),
                envelope("interactive", action(TEAM, RESPONDENT, "mlsec|sel|" + run + "|framework", select(huge), null)),
                envelope("interactive", action(TEAM, RESPONDENT, "mlsec|open|" + huge + "|security", button("x"), null)),
                "{\"type\":\"" + huge + "\",\"envelope_id\":\"big\"}");
    }

    private Arbitrary<String> forgedActions() {
        Arbitrary<String> runIds = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
                .withChars('-', '_').ofMinLength(16).ofMaxLength(64);
        return Arbitraries.oneOf(
                // someone else's run, in the same workspace
                Arbitraries.of("mlsec|a|" + run + "|framework|jax", "mlsec|sel|" + run + "|framework", "mlsec|dk|" + run + "|framework",
                        "mlsec|skip|" + run + "|framework", "mlsec|pause|" + run, "mlsec|back|" + run + "|framework",
                        "mlsec|dm|" + run, "mlsec|show|" + run)
                        .map(id -> envelope("interactive", action(TEAM, "UINTRUDER", id, select("jax"), null))),
                // runs that do not exist
                runIds.map(id -> envelope("interactive", action(TEAM, RESPONDENT, "mlsec|a|" + id + "|framework|jax", button("jax"), null))),
                // the owner, with answers the question does not offer or a question they are not on
                Arbitraries.of("mlsec|a|" + run + "|framework|bribe", "mlsec|a|" + run + "|stores|s3", "mlsec|a|" + run + "|harm|high")
                        .map(id -> envelope("interactive", action(TEAM, RESPONDENT, id, button("x"), null))),
                Arbitraries.of("bribe", "", "jax,tensorflow", "../../etc")
                        .map(v -> envelope("interactive", action(TEAM, RESPONDENT, "mlsec|sel|" + run + "|framework", select(v), null))),
                // assessments and questionnaires that do not exist
                Arbitraries.of("mlsec|open|" + code + "|cooking", "mlsec|open|ZZZ-99999|security", "mlsec|open|-|cooking",
                        "mlsec|open|" + code, "mlsec|open", "mlsec|a", "mlsec|zz|" + run, "approve_all")
                        .map(id -> envelope("interactive", action(TEAM, RESPONDENT, id, button("x"), null))));
    }

    private Arbitrary<String> anotherWorkspace() {
        return Arbitraries.oneOf(
                Arbitraries.of("status " + code, "report " + code, "report " + code + " --share", "export " + code + " csv",
                        "export " + code + " json", "resume")
                        .map(text -> envelope("slash_commands", command(OTHER_TEAM, LEAD, text))),
                // the run's owner id, but from another workspace: another person
                Arbitraries.of("mlsec|sel|" + run + "|framework", "mlsec|pause|" + run, "mlsec|dk|" + run + "|framework")
                        .map(id -> envelope("interactive", action(OTHER_TEAM, RESPONDENT, id, select("jax"), null))));
    }

    private Arbitrary<String> replays() {
        return Arbitraries.of(0, 1, 2).map(HANDLED::get);
    }

    // ---------------------------------------------------------------- envelopes as Slack sends them

    /** Sends a well-formed envelope and returns the name of its response URL. */
    private static String deliver(String envelope) {
        socket.send(envelope);
        return responseName(envelope);
    }

    private static String envelope(String type, JsonObject payload) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        e.addProperty("envelope_id", "env-" + IDS.incrementAndGet());
        e.addProperty("accepts_response_payload", type.equals("slash_commands"));
        e.add("payload", payload);
        return e.toString();
    }

    private static String envelopeId(String envelope) {
        return com.google.gson.JsonParser.parseString(envelope).getAsJsonObject().get("envelope_id").getAsString();
    }

    private static String responseName(String envelope) {
        String url = com.google.gson.JsonParser.parseString(envelope).getAsJsonObject().getAsJsonObject("payload")
                .get("response_url").getAsString();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static JsonObject command(String team, String user, String text) {
        int n = IDS.incrementAndGet();
        JsonObject p = new JsonObject();
        p.addProperty("token", "x");
        p.addProperty("team_id", team);
        p.addProperty("team_domain", "fake");
        p.addProperty("channel_id", CHANNEL);
        p.addProperty("channel_name", "general");
        p.addProperty("user_id", user);
        p.addProperty("user_name", "someone");
        p.addProperty("command", "/mlsec");
        p.addProperty("text", text);
        p.addProperty("api_app_id", "A1");
        p.addProperty("is_enterprise_install", "false");
        p.addProperty("response_url", slack.responseUrl("r" + n));
        p.addProperty("trigger_id", "trigger-" + n);
        return p;
    }

    private static JsonObject action(String team, String user, String actionId, JsonObject action, JsonObject state) {
        int n = IDS.incrementAndGet();
        return SlackPayloads.actionPayload(team, user, CHANNEL, true, actionId, action, state, "trigger-" + n,
                slack.responseUrl("r" + n));
    }

    private static JsonObject button(String value) {
        return SlackPayloads.obj("type", "button", "value", value);
    }

    private static JsonObject select(String value) {
        JsonObject a = SlackPayloads.obj("type", "static_select");
        a.add("selected_option", SlackPayloads.obj("value", value));
        return a;
    }

    /** Waits until the bot has no work queued or running. */
    private static void quiet() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int calm = 0;
        while (calm < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            calm = executor.getActiveCount() == 0 && executor.getQueue().isEmpty() ? calm + 1 : 0;
        }
        assertThat(calm).as("the bot's work settles").isEqualTo(3);
    }
}
