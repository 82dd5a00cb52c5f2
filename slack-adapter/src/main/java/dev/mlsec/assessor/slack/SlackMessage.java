package dev.mlsec.assessor.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Objects;

/**
 * A message as the adapter sends it: the notification text and the Block Kit blocks.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    public SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }

    /** The payload as JSON ({@code {"text": ..., "blocks": [...]}}), as Block Kit Builder accepts it. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("text", text);
        json.add("blocks", GSON.toJsonTree(blocks));
        return json;
    }

    public String toJsonText() {
        return GSON.toJson(toJson());
    }
}
