package dev.mlsec.assessor.core.engine;

import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.Collection;
import java.util.stream.Collectors;

/** What the engine tells a respondent when it refuses a command: plain words, no internals. */
final class Messages {

    static final String NO_RUN =
            "I can't find that questionnaire run. It may have been abandoned or removed; start a new one to continue.";
    static final String NO_OPEN_RUN = "You have no unfinished questionnaire to resume. Start one to begin.";
    static final String RUN_FINISHED =
            "This questionnaire run is already complete, thank you. Its answers are counted; start a new run to answer again.";
    static final String UNKNOWN_QUESTION = "That question is not part of this questionnaire. Here is where you are.";
    static final String INVALID_OPTION = "That answer is not one of this question's options. Please choose from the options shown.";
    static final String NO_DONT_KNOW = "This question has no \"don't know\" answer; please choose the closest option.";
    static final String NOTHING_BEFORE = "This is the first question; there is nothing before it.";
    static final String NOT_ANSWERED_YET = "You can only change questions you have already answered.";
    static final String BUSY =
            "Your answer crossed with another one from a second device or window; nothing was lost. Here is where you are now.";
    static final String STORE_UNAVAILABLE =
            "The answer store is temporarily unavailable. Your earlier answers are safe; please try again in a minute.";
    static final String RATE_LIMITED = "That was a lot of answers in a short time; please wait a few seconds and try again.";

    private Messages() {
    }

    static String unknownQuestionnaire(Collection<Questionnaire> known) {
        return "There is no such questionnaire. Choose one of: "
                + known.stream().map(q -> q.id() + " (" + q.title() + ")").collect(Collectors.joining(", ")) + ".";
    }

    /** A closed round takes no answers; the respondent is pointed at the system's current round, if another one is open. */
    static String roundClosed(String closedCode, String currentCode) {
        return closedCode.equals(currentCode)
                ? "This assessment round (" + closedCode + ") is closed and takes no more answers. Nothing was recorded."
                : "This assessment round (" + closedCode + ") is closed and takes no more answers; nothing was recorded. "
                        + "The current round is " + currentCode + ": answer from its message, or start with that code.";
    }

    static String unknownAssessment() {
        return "I don't know that assessment code. Check it with whoever invited you (it looks like ABC-7K2QX).";
    }

    static String wrongNumber(QuestionKind kind) {
        if (kind instanceof QuestionKind.MultipleChoice m) {
            return m.min() == m.max()
                    ? "Please choose exactly " + m.min() + " options."
                    : "Please choose between " + m.min() + " and " + m.max() + " options.";
        }
        return "Please choose exactly one option.";
    }

    static String notSkippable(Question question) {
        return question.dontKnowOption().isPresent()
                ? "This question can't be skipped; if you are not sure, answer \"" + question.dontKnowOption().get().label() + "\"."
                : "This question can't be skipped; please choose the closest option.";
    }
}
