package dev.mlsec.assessor.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a respondent asks the engine to do. Every command that acts on a question names it, so a
 * stale or repeated delivery can be told from a fresh one.
 */
public sealed interface Command {

    /** Commands that act on an existing run. */
    sealed interface OnRun extends Command {
        String runId();
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
    record Answer(String runId, String questionId, List<String> optionIds) implements OnRun {
        public Answer {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(questionId, "questionId");
            optionIds = List.copyOf(optionIds);
        }
    }

    /** Answer "don't know" where the question offers it. */
    record DontKnow(String runId, String questionId) implements OnRun {
    }

    /** Skip a question that allows it. */
    record Skip(String runId, String questionId) implements OnRun {
    }

    /** Go back one question from the named current one. */
    record Back(String runId, String questionId) implements OnRun {
    }

    /** Go to an earlier, answered question to change its answer. */
    record Edit(String runId, String questionId) implements OnRun {
    }

    /** Ask why a question matters. */
    record Why(String runId, String questionId) implements OnRun {
    }

    /** Show the current question again. */
    record Show(String runId) implements OnRun {
    }

    /** Stop for now; the answers are kept and the run can be resumed. */
    record Pause(String runId) implements OnRun {
    }

    /** Drop every answer of this run and begin again at the first question. */
    record Restart(String runId) implements OnRun {
    }

    /** Give up this run; its answers are deleted and never counted. */
    record Abandon(String runId) implements OnRun {
    }

    /**
     * Give up this run of an assessment (its answers deleted, never counted) and answer the same
     * questionnaire on one's own instead, toward no assessment.
     */
    record AnswerAlone(String runId) implements OnRun {
    }
}
