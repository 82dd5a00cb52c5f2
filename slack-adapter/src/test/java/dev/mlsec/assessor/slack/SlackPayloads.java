package dev.mlsec.assessor.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

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
        JsonObject p = blockActions(team, user);
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

    /** An {@code app_home_opened} event callback, as Slack sends it when a person opens the Home tab. */
    public static JsonObject homeOpened(String team, String user, String eventId) {
        JsonObject event = obj("type", "app_home_opened", "user", user, "channel", "D" + user, "tab", "home",
                "event_ts", "1700000002.000001");
        JsonObject p = obj("token", "x", "team_id", team, "api_app_id", "A1", "type", "event_callback",
                "event_id", eventId, "event_time", "1700000002");
        p.add("event", event);
        return p;
    }

    /** What every block_actions payload from this person carries. */
    private static JsonObject blockActions(String team, String user) {
        JsonObject p = new JsonObject();
        p.addProperty("type", "block_actions");
        p.add("team", obj("id", team, "domain", "fake"));
        p.add("user", obj("id", user, "team_id", team, "username", "someone"));
        p.addProperty("api_app_id", "A1");
        p.addProperty("token", "x");
        return p;
    }

    /** A block_actions payload for one button pressed on the person's App Home: no channel, no response_url. */
    public static JsonObject homeAction(String team, String user, String actionId, String trigger) {
        JsonObject p = blockActions(team, user);
        p.add("container", obj("type", "view", "view_id", "V1"));
        p.add("view", obj("id", "V1", "type", "home", "team_id", team));
        p.addProperty("trigger_id", trigger);
        JsonObject action = obj("type", "button", "value", "home", "action_id", actionId, "block_id", "home",
                "action_ts", "1700000001.000001");
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

    /** What pressing one element sends: its action_id, the action, and state.values when ticked options are submitted. */
    public record Press(String actionId, JsonObject action, JsonObject stateValues) {
    }

    /**
     * Pressing the first answer of the question these blocks show, whatever control shows it (buttons, a
     * select, or checkboxes and Submit); empty when the blocks show no question.
     */
    public static Optional<Press> firstAnswer(JsonElement blocks) {
        Optional<JsonObject> button = element(blocks, "mlsec|a|");
        if (button.isPresent()) {
            return Optional.of(new Press(button.get().get("action_id").getAsString(),
                    obj("type", "button", "value", button.get().get("value").getAsString()), null));
        }
        Optional<JsonObject> select = element(blocks, "mlsec|sel|");
        if (select.isPresent()) {
            JsonObject action = obj("type", "static_select");
            action.add("selected_option", obj("value", firstOptionValue(select.get())));
            return Optional.of(new Press(select.get().get("action_id").getAsString(), action, null));
        }
        Optional<JsonObject> pick = element(blocks, "mlsec|pick|");
        Optional<JsonObject> submit = element(blocks, "mlsec|sub|");
        if (pick.isEmpty() || submit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Press(submit.get().get("action_id").getAsString(), obj("type", "button", "value", "submit"),
                ticked(pick.get().get("action_id").getAsString(), pick.get().get("type").getAsString(),
                        firstOptionValue(pick.get()))));
    }

    /** state.values for a message whose checkboxes (or multi select) with this action id have these options ticked. */
    public static JsonObject ticked(String actionId, String type, String... values) {
        JsonArray selected = new JsonArray();
        for (String v : values) {
            selected.add(obj("value", v));
        }
        JsonObject value = obj("type", type);
        value.add("selected_options", selected);
        JsonObject block = new JsonObject();
        block.add(actionId, value);
        JsonObject stateValues = new JsonObject();
        stateValues.add("answer", block);
        return stateValues;
    }

    /** The first interactive element whose action_id starts with the prefix, anywhere in the blocks. */
    public static Optional<JsonObject> element(JsonElement blocks, String prefix) {
        if (blocks.isJsonArray()) {
            for (JsonElement e : blocks.getAsJsonArray()) {
                Optional<JsonObject> found = element(e, prefix);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (blocks.isJsonObject()) {
            JsonObject o = blocks.getAsJsonObject();
            if (o.has("action_id") && o.get("action_id").getAsString().startsWith(prefix)) {
                return Optional.of(o);
            }
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                Optional<JsonObject> found = element(e.getValue(), prefix);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The value of the first option an element offers. */
    public static String firstOptionValue(JsonObject element) {
        return element.getAsJsonArray("options").get(0).getAsJsonObject().get("value").getAsString();
    }
}
