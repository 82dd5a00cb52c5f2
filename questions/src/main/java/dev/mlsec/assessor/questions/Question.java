package dev.mlsec.assessor.questions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question.
 *
 * @param id        stable id, unique within its questionnaire (lower-case words joined by '-')
 * @param sectionId the section it belongs to
 * @param text      the question as the respondent reads it
 * @param why       one paragraph: why this matters, tied to the attacks it bears on
 * @param kind      how it is answered
 * @param options   what can be chosen, in display order
 * @param when      when it is shown
 * @param skippable whether the respondent may skip it without answering
 */
public record Question(String id, String sectionId, String text, String why, QuestionKind kind,
                       List<Option> options, Condition when, boolean skippable) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(when, "when");
        options = List.copyOf(options);
    }

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /**
     * What is wrong with choosing these options together, if anything: an exclusive option ("None of
     * these", "Don't know") cannot be chosen with another one.
     */
    public Optional<String> selectionProblem(List<String> optionIds) {
        if (optionIds.size() < 2) {
            return Optional.empty();
        }
        for (String chosen : optionIds) {
            Optional<Option> o = option(chosen);
            if (o.isPresent() && o.get().exclusive()) {
                return Optional.of("\"" + o.get().label() + "\" cannot be chosen together with other answers;"
                        + " choose it alone, or untick it.");
            }
        }
        return Optional.empty();
    }

    /** The "don't know" option, where the question offers one. */
    public Optional<Option> dontKnowOption() {
        return options.stream().filter(Option::dontKnow).findFirst();
    }
}
