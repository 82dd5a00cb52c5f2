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
        return "token=x&team_id=" + team + "&team_domain=fake&channel_id=" + CHANNEL + "&channel_name=general&user_id=" + user
                + "&user_name=someone&command=" + enc("/mlsec") + "&text=" + enc(text) + "&api_app_id=A1&response_url="
                + enc(responseUrl) + "&trigger_id=" + trigger;
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
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        p.add("team", obj("id", team, "domain", "fake"));
        p.add("user", obj("id", user, "team_id", team, "username", "someone"));
        p.addProperty("api_app_id", "A1");
        p.addProperty("token", "x");
        JsonObject container = obj("type", "message", "message_ts", "1700000000.000001", "channel_id", channel);
        container.addProperty("is_ephemeral", ephemeral);
        p.add("container", container);
        p.add("channel", obj("id", channel, "name", "x"));
        p.addProperty("trigger_id", trigger);
        p.addProperty("response_url", responseUrl);
        if (stateValues != null) {
            JsonObject state = new JsonObject();
            state.add("values", stateValues);
            p.add("state", state);
        }
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "answer");
        action.addProperty("action_ts", "1700000001.000001");
        JsonArray actions = new JsonArray();
        actions.add(action);
        p.add("actions", actions);
        return p;
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
        return "payload=" + enc(payload.toString());
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
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2) {
            o.addProperty(kv[i], kv[i + 1]);
        }
        return o;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        bot.stop();
        slack.close();
    }
}
