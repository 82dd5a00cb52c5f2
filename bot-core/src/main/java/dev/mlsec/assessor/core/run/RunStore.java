package dev.mlsec.assessor.core.run;

import dev.mlsec.assessor.questions.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where runs are kept. Every write is one atomic document operation. */
public interface RunStore {

    Optional<Run> find(String id);

    /** The open run of a respondent for a questionnaire (in an assessment, or alone). */
    Optional<Run> findOpen(String respondentKey, String questionnaireId, Optional<String> assessmentCode);

    /** The respondent's most recently updated open run, optionally of one questionnaire. */
    Optional<Run> findLatestOpen(String respondentKey, Optional<String> questionnaireId);

    /** The respondent's open runs, most recently updated first, at most {@code limit}: what their home lists. */
    List<Run> openOf(String respondentKey, int limit);

    /**
     * Stores a new open run; returns it with its first revision, or empty when its respondent already
     * has an open run of the same questionnaire (in the same assessment), so two starts at once make one.
     */
    Optional<Run> insert(Run run);

    /**
     * Replaces a run if it is still at the revision it was read at.
     *
     * @return the stored run with its new revision, or empty when someone else changed it first
     */
    Optional<Run> replace(Run run);

    /**
     * Stores an answer in one conditional write, without reading the run first: when the run is the
     * respondent's, open (a paused run is resumed), on the current definition of one of these
     * questionnaires (those that have a question of this id) and waiting
     * for exactly this question, and when the answer leaves a question to ask and drops no answer given
     * before. Runs stored by {@link #insert} and {@link #replace} wait for their next unanswered question
     * unless {@link Run#current()} names another.
     *
     * @return the run as stored, its next question to be derived from its answers; empty when any of
     *         that does not hold, or cannot be told without reading the run: then nothing was written
     */
    Optional<Run> answerWaitedFor(String runId, String respondentKey, List<Questionnaire> questionnaires, String questionId,
                                  List<String> optionIds, LocalDate today);

    /** Deletes a run if it is still at the revision it was read at; false when it changed first. */
    boolean delete(Run run);

    /** Completed runs not yet in the counters (after a crash between the two steps). */
    List<Run> completedUncounted();

    /** Marks a completed run as counted. */
    void markCounted(String id);

    /** Deletes open runs last updated before the given day; returns how many. */
    long deleteOpenUpdatedBefore(LocalDate day);
}
