package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunState;
import dev.mlsec.assessor.core.run.RunStore;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The run store as the engine sees it, deleting a run's reminder (and its sealed address) as soon as
 * the run is completed or abandoned. Runs the retention sweep deletes lose theirs in
 * {@link ReminderSender#forgetOrphans()}.
 */
public final class RemindersForgotten implements RunStore {

    private final RunStore runs;
    private final ReminderSender reminders;

    public RemindersForgotten(RunStore runs, ReminderSender reminders) {
        this.runs = runs;
        this.reminders = reminders;
    }

    @Override
    public Optional<Run> find(String id) {
        return runs.find(id);
    }

    @Override
    public Optional<Run> findOpen(String respondentKey, String questionnaireId, Optional<String> assessmentCode) {
        return runs.findOpen(respondentKey, questionnaireId, assessmentCode);
    }

    @Override
    public Optional<Run> findLatestOpen(String respondentKey, Optional<String> questionnaireId) {
        return runs.findLatestOpen(respondentKey, questionnaireId);
    }

    @Override
    public List<Run> openOf(String respondentKey, int limit) {
        return runs.openOf(respondentKey, limit);
    }

    @Override
    public Optional<Run> insert(Run run) {
        return runs.insert(run);
    }

    @Override
    public Optional<Run> replace(Run run) {
        Optional<Run> stored = runs.replace(run);
        if (stored.isPresent() && stored.get().state() == RunState.COMPLETED) {
            reminders.forget(run.id());
        }
        return stored;
    }

    @Override
    public Optional<Run> answerWaitedFor(String runId, String respondentKey, List<Questionnaire> questionnaires,
                                         String questionId, List<String> optionIds, LocalDate today) {
        return runs.answerWaitedFor(runId, respondentKey, questionnaires, questionId, optionIds, today);
    }

    @Override
    public boolean delete(Run run) {
        boolean deleted = runs.delete(run);
        if (deleted) {
            reminders.forget(run.id());
        }
        return deleted;
    }

    @Override
    public List<Run> completedUncounted() {
        return runs.completedUncounted();
    }

    @Override
    public void markCounted(String id) {
        runs.markCounted(id);
    }

    @Override
    public long deleteOpenUpdatedBefore(LocalDate day) {
        long deleted = runs.deleteOpenUpdatedBefore(day);
        if (deleted > 0) {
            reminders.forgetOrphans();
        }
        return deleted;
    }
}
