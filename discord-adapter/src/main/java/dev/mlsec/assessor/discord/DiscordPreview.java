package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.RunRef;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Every question of a questionnaire exactly as the adapter sends it to Discord, as JSON payloads. */
public final class DiscordPreview {

    /** The run id shown in previewed routing keys; real ones are random. */
    public static final String PREVIEW_RUN = "preview";

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
        List<Question> questions = questionnaire.questions();
        RunRef run = new RunRef(PREVIEW_RUN, questionnaire.id(), questionnaire.title(),
                Optional.empty(), Optional.empty());
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String section = questionnaire.section(question.sectionId()).map(s -> s.title()).orElse("");
            Reply.Prompt prompt = new Reply.Prompt(run, question, section,
                    new Progress(i + 1, questions.size(), true, i), List.of(), i > 0, Notice.NONE);
            out.add(new Rendered(question, ReplyMessages.render(prompt)));
        }
        return out;
    }

    record Rendered(Question question, MessageCreateData message) {
    }
}
