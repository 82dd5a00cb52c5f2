package dev.mlsec.assessor.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The real bot and Bolt app over a {@link FakeSlackApi}, driven through signed HTTP requests. */
final class SlackHarness implements AutoCloseable {

    static final String SECRET = "test-signing-secret";
    static final String TEAM = "T0FAKE";
    static final String CHANNEL = "C0CHAN";
    static final String LEAD = "ULEAD";

    final FakeSlackApi slack = new FakeSlackApi();
    final StandInDesk desk = new StandInDesk();
    final StandInEngine engine = new StandInEngine(TestQuestionnaires.all(), desk);
    final SlackSigner signer = new SlackSigner(SECRET);
    final SlackBot bot;
    final SlackHttpEndpoint endpoint;
    private final AtomicInteger triggers = new AtomicInteger();

    SlackHarness() {
        this(Set.of(LEAD));
    }

    SlackHarness(Set<String> leads) {
        SlackSettings settings = new SlackSettings("xoxb-000000000000-test-token", SECRET, Optional.empty(), slack.apiUrl(), leads);
        bot = new SlackBot(settings, engine, desk, TestQuestionnaires.all());
        bot.start();
        endpoint = new SlackHttpEndpoint(bot);
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
        JsonArray selected = new JsonArray();
        for (String v : values) {
            selected.add(obj("value", v));
        }
        JsonObject value = obj("type", type);
        value.add("selected_options", selected);
        JsonObject block = new JsonObject();
        block.add(actionId, value);
        JsonObject values1 = new JsonObject();
        values1.add("answer", block);
        return values1;
    }

    static JsonObject obj(String... kv) {
        return SlackPayloads.obj(kv);
    }

    static String enc(String s) {
        return SlackPayloads.enc(s);
    }

    @Override
    public void close() {
        bot.stop();
        slack.close();
    }
}
