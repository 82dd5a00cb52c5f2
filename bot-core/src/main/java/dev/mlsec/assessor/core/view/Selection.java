package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;

/**
 * How many of a question's options may be chosen, counting only the options offered as answers
 * ("don't know" is a control of its own); {@code hint} words it, e.g. "Choose 1 to 3".
 */
public record Selection(boolean multiple, int min, int max, String hint) {

    public static Selection of(Question question) {
        int choosable = (int) question.options().stream().filter(o -> !o.dontKnow()).count();
        if (!(question.kind() instanceof QuestionKind.MultipleChoice m)) {
            return new Selection(false, 1, 1, "Choose one");
        }
        int max = Math.min(m.max(), choosable);
        int min = Math.min(Math.max(m.min(), 1), max);
        return new Selection(true, min, max, min == max ? "Choose exactly " + max : "Choose " + min + " to " + max);
    }
}
