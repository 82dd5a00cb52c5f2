package dev.mlsec.assessor.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Request bodies as Slack sends them: slash commands and block_actions payloads, for tests here and in the app. */
public final class SlackPayloads {

    private SlackPayloads() {
    }

    /** A form-encoded /mlsec slash command. */
    public static String commandBody(String team, String user, String channel, String text, String trigger, String responseUrl) {
        return "token=x&team_id=" + team + "&team_domain=fake&channel_id=" + channel + "&channel_name=general&user_id=" + user
                + "&user_name=someone&command=" + enc("/mlsec") + "&text=" + enc(text) + "&api_app_id=A1&response_url="
                + enc(responseUrl) + "&trigger_id=" + trigger;
    }

    /** A block_actions payload for one element pressed in a message. */
    public static JsonObject actionPayload(String team, String user, String channel, boolean ephemeral, String actionId,
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

    /** The form body that carries a payload. */
    public static String actionBody(JsonObject payload) {
        return "payload=" + enc(payload.toString());
    }

    public static JsonObject obj(String... kv) {
        JsonObject o = new JsonObject();
        for (int i = 0; i < kv.length; i += 2) {
            o.addProperty(kv[i], kv[i + 1]);
        }
        return o;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
