package dev.mlsec.assessor.core.run;

import dev.mlsec.assessor.questions.Answers;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One respondent's run through one questionnaire, as the engine sees it.
 *
 * @param id              random opaque id, never derived from the respondent
 * @param respondentKey   the keyed pseudonym of the respondent; empty once the run is complete
 * @param questionnaireId which questionnaire
 * @param version         its version when the run started (or was last moved to a newer version)
 * @param hash            its definition hash
 * @param assessmentCode  the assessment it counts toward, if any
 * @param state           where it stands
 * @param answers         the answers that apply, by question id
 * @param current         the question shown now, where it is not simply the next one (after going back, or to
 *                        change an answer); empty while the run waits for its next unanswered question, as
 *                        the engine derives it from the answers, and once complete
 * @param createdOn       the day it started
 * @param updatedOn       the day of its last step
 * @param counted         whether a completed run is in the answer counters
 * @param revision        the stored revision, for optimistic locking; {@link #UNSAVED} before it is first stored
 */
public record Run(String id, Optional<String> respondentKey, String questionnaireId, String version, String hash,
                  Optional<String> assessmentCode, RunState state, Answers answers, Optional<String> current,
                  LocalDate createdOn, LocalDate updatedOn, boolean counted, long revision) {

    /** The revision of a run not stored yet. */
    public static final long UNSAVED = -1;

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(respondentKey, "respondentKey");
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(assessmentCode, "assessmentCode");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(createdOn, "createdOn");
        Objects.requireNonNull(updatedOn, "updatedOn");
    }

    public Run with(RunState newState, Answers newAnswers, Optional<String> newCurrent, LocalDate today) {
        return new Run(id, respondentKey, questionnaireId, version, hash, assessmentCode, newState, newAnswers,
                newCurrent, createdOn, today, counted, revision);
    }

    /** Complete: the pseudonym is dropped in the same step, and the run waits to be counted. */
    public Run completed(Answers finalAnswers, LocalDate today) {
        return new Run(id, Optional.empty(), questionnaireId, version, hash, assessmentCode, RunState.COMPLETED,
                finalAnswers, Optional.empty(), createdOn, today, false, revision);
    }

    public Run movedTo(String newVersion, String newHash) {
        return new Run(id, respondentKey, questionnaireId, newVersion, newHash, assessmentCode, state, answers, current,
                createdOn, updatedOn, counted, revision);
    }

    public CompletedRun asCompleted() {
        return new CompletedRun(id, questionnaireId, version, hash, answers, updatedOn, assessmentCode);
    }
}
