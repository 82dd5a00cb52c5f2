package dev.mlsec.assessor.slack;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.SessionRef;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every question of a questionnaire as the adapter sends it, as JSON: each entry's {@code payload}
 * pastes into Block Kit Builder.
 */
public final class SlackPreview {

    /** The session id shown in previews' action ids. */
    public static final String PREVIEW_SESSION = "preview";

    private SlackPreview() {
    }

    /** The question prompts, in display order, as the engine would send them with every question shown. */
    public static List<Reply.Prompt> prompts(Questionnaire questionnaire) {
        SessionRef session = new SessionRef(PREVIEW_SESSION, questionnaire.id(), questionnaire.title(),
                Optional.empty(), Optional.empty());
        List<Question> questions = questionnaire.questions();
        List<Reply.Prompt> prompts = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String section = questionnaire.section(q.sectionId()).map(Section::title).orElse(q.sectionId());
            prompts.add(new Reply.Prompt(session, q, section, new Progress(i + 1, questions.size(), true, i),
                    List.of(), i > 0, i == 0 ? Notice.STARTED : Notice.NONE));
        }
        return prompts;
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
