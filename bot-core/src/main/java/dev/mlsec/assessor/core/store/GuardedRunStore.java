package dev.mlsec.assessor.core.store;

import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunStore;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A run store whose failures to reach the store arrive as {@link dev.mlsec.assessor.core.run.StoreUnavailableException}. */
public final class GuardedRunStore implements RunStore {

    private final RunStore runs;

    public GuardedRunStore(RunStore runs) {
        this.runs = runs;
    }

    @Override
    public Optional<Run> find(String id) {
        return StoreCalls.call(() -> runs.find(id));
    }

    @Override
    public Optional<Run> findOpen(String respondentKey, String questionnaireId, Optional<String> assessmentCode) {
        return StoreCalls.call(() -> runs.findOpen(respondentKey, questionnaireId, assessmentCode));
    }

    @Override
    public Optional<Run> findLatestOpen(String respondentKey, Optional<String> questionnaireId) {
        return StoreCalls.call(() -> runs.findLatestOpen(respondentKey, questionnaireId));
    }

    @Override
    public List<Run> openOf(String respondentKey, int limit) {
        return StoreCalls.call(() -> runs.openOf(respondentKey, limit));
    }

    @Override
    public Optional<Run> insert(Run run) {
        return StoreCalls.call(() -> runs.insert(run));
    }

    @Override
    public Optional<Run> answerWaitedFor(String runId, String respondentKey, List<Questionnaire> questionnaires,
                                         String questionId, List<String> chosen, LocalDate today) {
        return StoreCalls.call(() -> runs.answerWaitedFor(runId, respondentKey, questionnaires, questionId, chosen, today));
    }

    @Override
    public Optional<Run> replace(Run run) {
        return StoreCalls.call(() -> runs.replace(run));
    }

    @Override
    public boolean delete(Run run) {
        return StoreCalls.call(() -> runs.delete(run));
    }

    @Override
    public List<Run> completedUncounted() {
        return StoreCalls.call(runs::completedUncounted);
    }

    @Override
    public void markCounted(String id) {
        StoreCalls.run(() -> runs.markCounted(id));
    }

    @Override
    public long deleteOpenUpdatedBefore(LocalDate day) {
        return StoreCalls.call(() -> runs.deleteOpenUpdatedBefore(day));
    }
}
