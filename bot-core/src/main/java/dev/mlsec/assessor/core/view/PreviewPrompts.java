package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.RunRef;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every question of a questionnaire as a prompt, in display order, as the engine would send them
 * with every question shown: what each channel's preview draws. The first carries the notice a new
 * run starts with.
 */
public final class PreviewPrompts {

    /** The run id previews show in their ids; real ones are random. */
    public static final String PREVIEW_RUN = "preview";

    private PreviewPrompts() {
    }

    public static List<Reply.Prompt> of(Questionnaire questionnaire) {
        RunRef run = new RunRef(PREVIEW_RUN, questionnaire.id(), questionnaire.title(), Optional.empty(), Optional.empty());
        List<Question> questions = questionnaire.questions();
        List<Reply.Prompt> prompts = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String section = questionnaire.section(q.sectionId()).map(Section::title).orElse(q.sectionId());
            prompts.add(new Reply.Prompt(run, q, section, new Progress(i + 1, questions.size(), true, i),
                    List.of(), i > 0, i == 0 ? Notice.STARTED : Notice.NONE));
        }
        return prompts;
    }
}
