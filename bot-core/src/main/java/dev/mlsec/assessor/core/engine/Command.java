package dev.mlsec.assessor.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a respondent asks the engine to do. Every command that acts on a question names it, so a
 * stale or repeated delivery can be told from a fresh one.
 */
public sealed interface Command {

    /** Commands that act on an existing session. */
    sealed interface OnSession extends Command {
        String sessionId();
    }

    /**
     * Start a questionnaire, alone or inside an assessment. Where the respondent already has an
     * unfinished run of the same questionnaire (in the same assessment), it is resumed instead.
     */
    record Start(String questionnaireId, Optional<String> assessmentCode) implements Command {
        public Start {
            Objects.requireNonNull(questionnaireId, "questionnaireId");
            Objects.requireNonNull(assessmentCode, "assessmentCode");
        }
    }

    /** Resume the most recent unfinished run, optionally of one questionnaire. */
    record Resume(Optional<String> questionnaireId) implements Command {
        public Resume {
            Objects.requireNonNull(questionnaireId, "questionnaireId");
        }
    }

    /** Answer a question with the chosen option ids (one for single choice and scales). */
    record Answer(String sessionId, String questionId, List<String> optionIds) implements OnSession {
        public Answer {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(questionId, "questionId");
            optionIds = List.copyOf(optionIds);
        }
    }

    /** Answer "don't know" where the question offers it. */
    record DontKnow(String sessionId, String questionId) implements OnSession {
    }

    /** Skip a question that allows it. */
    record Skip(String sessionId, String questionId) implements OnSession {
    }

    /** Go back one question from the named current one. */
    record Back(String sessionId, String questionId) implements OnSession {
    }

    /** Go to an earlier, answered question to change its answer. */
    record Edit(String sessionId, String questionId) implements OnSession {
    }

    /** Ask why a question matters. */
    record Why(String sessionId, String questionId) implements OnSession {
    }

    /** Show the current question again. */
    record Show(String sessionId) implements OnSession {
    }

    /** Stop for now; the answers are kept and the run can be resumed. */
    record Pause(String sessionId) implements OnSession {
    }

    /** Drop every answer of this run and begin again at the first question. */
    record Restart(String sessionId) implements OnSession {
    }

    /** Give up this run; its answers are deleted and never counted. */
    record Abandon(String sessionId) implements OnSession {
    }
}
