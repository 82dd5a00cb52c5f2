package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.view.PreviewPrompts;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Every question of a questionnaire exactly as the adapter sends it to Discord, as JSON payloads. */
public final class DiscordPreview {

    /** The run id shown in previewed routing keys; real ones are random. */
    public static final String PREVIEW_RUN = PreviewPrompts.PREVIEW_RUN;

    private DiscordPreview() {
    }

    /** One message per question, in display order: {@code {questionnaire, messages: [{question, payload}]}}. */
    public static String render(Questionnaire questionnaire) {
        DataArray messages = DataArray.empty();
        for (Rendered r : messages(questionnaire)) {
            messages.add(DataObject.empty().put("question", r.question().id()).put("payload", r.message().toData()));
        }
        return DataObject.empty().put("questionnaire", questionnaire.id()).put("messages", messages).toPrettyString();
    }

    /** The messages themselves, one per question. */
    static List<Rendered> messages(Questionnaire questionnaire) {
        List<Rendered> out = new ArrayList<>();
        for (Reply.Prompt prompt : PreviewPrompts.of(questionnaire)) {
            out.add(new Rendered(prompt.question(), ReplyMessages.render(prompt)));
        }
        return out;
    }

    record Rendered(Question question, MessageCreateData message) {
    }
}
