package dev.mlsec.assessor.slack;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.view.PreviewPrompts;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;

/**
 * Every question of a questionnaire as the adapter sends it, as JSON: each entry's {@code payload}
 * pastes into Block Kit Builder.
 */
public final class SlackPreview {

    /** The run id shown in previews' action ids. */
    public static final String PREVIEW_RUN = PreviewPrompts.PREVIEW_RUN;

    private SlackPreview() {
    }

    /** The question prompts, in display order, as the engine would send them with every question shown. */
    public static List<Reply.Prompt> prompts(Questionnaire questionnaire) {
        return PreviewPrompts.of(questionnaire);
    }

    /** {@code {"questionnaire": id, "version": v, "messages": [{"question": id, "payload": {...}}]}}. */
    public static String render(Questionnaire questionnaire) {
        JsonArray messages = new JsonArray();
        for (Reply.Prompt prompt : prompts(questionnaire)) {
            JsonObject entry = new JsonObject();
            entry.addProperty("question", prompt.question().id());
            entry.add("payload", ReplyRenderer.render(prompt, Delivery.EPHEMERAL).toJson());
            messages.add(entry);
        }
        JsonObject root = new JsonObject();
        root.addProperty("questionnaire", questionnaire.id());
        root.addProperty("version", questionnaire.version());
        root.add("messages", messages);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }
}
