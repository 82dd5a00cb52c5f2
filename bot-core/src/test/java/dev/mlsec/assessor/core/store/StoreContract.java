package dev.mlsec.assessor.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.OptionCounts;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunState;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What every store the bot runs on must do: the embedded server always, a real MongoDB where Docker
 * or {@code MLSEC_TEST_MONGODB_URI} provides one.
 */
abstract class StoreContract {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    protected abstract MongoTemplate mongo();

    private MongoRunStore runs;
    private MongoCounterStore counters;
    private MongoCompletedRuns completed;

    @BeforeEach
    void fresh() {
        mongo().getDb().drop();
        runs = new MongoRunStore(mongo());
        counters = new MongoCounterStore(mongo());
        completed = new MongoCompletedRuns(mongo());
        runs.ensureIndexes();
    }

    private static Run open(String key, String questionnaire) {
        return new Run(UUID.randomUUID().toString().replace("-", ""), Optional.of(key), questionnaire, "1.0.0", "abc123",
                Optional.of("FRD-7K2QX"), RunState.ACTIVE, new Answers(Map.of("q1", List.of("a"))), Optional.of("q2"),
                DAY, DAY, false, Run.UNSAVED);
    }

    @Test
    void a_stored_run_reads_back_equal_with_a_first_revision() {
        Run stored = runs.insert(open("k1", "security")).orElseThrow();
        assertThat(runs.find(stored.id())).contains(stored);
        assertThat(stored.revision()).isNotEqualTo(Run.UNSAVED);
    }

    @Test
    void an_open_run_is_found_by_its_respondent_questionnaire_and_assessment() {
        Run stored = runs.insert(open("k1", "security")).orElseThrow();
        assertThat(runs.findOpen("k1", "security", Optional.of("FRD-7K2QX"))).contains(stored);
        assertThat(runs.findOpen("k1", "security", Optional.empty())).isEmpty();
        assertThat(runs.findOpen("k2", "security", Optional.of("FRD-7K2QX"))).isEmpty();
        assertThat(runs.findLatestOpen("k1", Optional.empty())).contains(stored);
    }

    @Test
    void a_second_open_run_of_the_same_respondent_questionnaire_and_assessment_is_not_stored() {
        Run first = runs.insert(open("k1", "security")).orElseThrow();
        assertThat(runs.insert(open("k1", "security"))).isEmpty();
        assertThat(runs.insert(open("k1", "risk-impact"))).isPresent();
        assertThat(runs.findOpen("k1", "security", Optional.of("FRD-7K2QX"))).map(Run::id).contains(first.id());
    }

    @Test
    void once_a_run_is_complete_its_respondent_can_open_another_of_the_same_questionnaire() {
        runs.replace(runs.insert(open("k1", "security")).orElseThrow().completed(Answers.none(), DAY)).orElseThrow();
        Run next = runs.insert(open("k1", "security")).orElseThrow();
        assertThat(runs.findOpen("k1", "security", Optional.of("FRD-7K2QX"))).map(Run::id).contains(next.id());
    }

    @Test
    void a_replace_based_on_a_stale_revision_changes_nothing() {
        Run stored = runs.insert(open("k1", "security")).orElseThrow();
        Run moved = runs.replace(stored.with(RunState.ACTIVE, stored.answers().with("q2", List.of("b")), Optional.of("q3"), DAY)).orElseThrow();
        assertThat(runs.replace(stored.with(RunState.ACTIVE, stored.answers().with("q2", List.of("c")), Optional.of("q3"), DAY))).isEmpty();
        assertThat(runs.find(stored.id())).contains(moved);
        assertThat(runs.delete(stored)).isFalse();
        assertThat(runs.delete(moved)).isTrue();
    }

    @Test
    void an_answer_is_stored_in_one_write_only_while_the_run_waits_for_its_question_and_leaves_one_to_ask() {
        Questionnaire q = TestAssessor.testQuestionnaire("pipeline");
        List<Questionnaire> pipeline = List.of(q);
        Run run = runs.insert(new Run(UUID.randomUUID().toString().replace("-", ""), Optional.of("k1"), q.id(), q.version(),
                q.hash(), Optional.empty(), RunState.PAUSED, Answers.none(), Optional.empty(), DAY, DAY, false, Run.UNSAVED))
                .orElseThrow();
        assertThat(runs.answerWaitedFor(run.id(), "k2", pipeline, "sources", List.of("customers"), DAY)).as("someone else's").isEmpty();
        assertThat(runs.answerWaitedFor(run.id(), "k1", pipeline, "output", List.of("label"), DAY)).as("further on").isEmpty();

        Run answered = runs.answerWaitedFor(run.id(), "k1", pipeline, "sources", List.of("customers"), DAY.plusDays(1)).orElseThrow();
        assertThat(answered.answers().byQuestion()).containsExactly(Map.entry("sources", List.of("customers")));
        assertThat(answered.state()).isEqualTo(RunState.ACTIVE);
        assertThat(answered.updatedOn()).isEqualTo(DAY.plusDays(1));
        assertThat(answered.revision()).isGreaterThan(run.revision());
        assertThat(runs.find(run.id())).contains(answered);

        assertThat(runs.answerWaitedFor(run.id(), "k1", pipeline, "sources", List.of("web"), DAY)).as("again").isEmpty();
        assertThat(runs.answerWaitedFor(run.id(), "k1", pipeline, "feedback-labels", List.of("yes"), DAY)).as("not shown").isEmpty();
        runs.answerWaitedFor(run.id(), "k1", pipeline, "customer-count", List.of("few"), DAY).orElseThrow();
        runs.answerWaitedFor(run.id(), "k1", pipeline, "output", List.of("label"), DAY).orElseThrow();
        assertThat(runs.answerWaitedFor(run.id(), "k1", pipeline, "notes", List.of("yes"), DAY)).as("the last").isEmpty();
        assertThat(runs.find(run.id()).orElseThrow().answers().byQuestion()).containsOnlyKeys("sources", "customer-count", "output");
    }

    @Test
    void a_completed_run_is_counted_exactly_once_even_when_counting_is_repeated() {
        Run stored = runs.insert(open("k1", "security")).orElseThrow();
        Run done = runs.replace(stored.completed(stored.answers().with("q2", List.of("b", "c")), DAY)).orElseThrow();
        assertThat(done.respondentKey()).isEmpty();
        assertThat(runs.completedUncounted()).extracting(Run::id).containsExactly(done.id());
        CompletedRun run = done.asCompleted();
        counters.add(run);
        counters.add(run);
        runs.markCounted(done.id());
        assertThat(runs.completedUncounted()).isEmpty();
        OptionCounts counts = counters.all().get(0);
        assertThat(counts.completed()).isEqualTo(1);
        assertThat(counts.count("q2", "c")).isEqualTo(1);
        assertThat(counts.answered()).containsEntry("q1", 1L).containsEntry("q2", 1L);
    }

    @Test
    void counted_runs_are_read_per_assessment_and_all_completed_runs_streamed_in_batches() {
        for (int i = 0; i < 510; i++) {
            Run r = runs.insert(open("k" + i, i % 2 == 0 ? "security" : "risk-impact")).orElseThrow();
            Run done = runs.replace(r.completed(r.answers(), DAY)).orElseThrow();
            counters.add(done.asCompleted());
        }
        runs.insert(open("still-open", "security")).orElseThrow();
        assertThat(completed.countsOfAssessment("FRD-7K2QX")).containsEntry("security", 255L).containsEntry("risk-impact", 255L);
        assertThat(completed.ofAssessment("FRD-7K2QX")).hasSize(510);
        assertThat(completed.ofAssessment("OTHER-CODE")).isEmpty();
        long[] streamed = {0};
        completed.forEach(r -> streamed[0]++);
        assertThat(streamed[0]).isEqualTo(510);
    }

    @Test
    void a_run_counted_again_after_a_crash_appears_once_in_its_assessment() {
        Run done = runs.replace(runs.insert(open("k1", "security")).orElseThrow().completed(Answers.none(), DAY)).orElseThrow();
        counters.add(done.asCompleted());
        counters.add(done.asCompleted());
        assertThat(completed.ofAssessment("FRD-7K2QX")).extracting(CompletedRun::runId).containsExactly(done.id());
        assertThat(completed.countsOfAssessment("FRD-7K2QX")).containsExactly(Map.entry("security", 1L));
    }

    @Test
    void runs_counted_before_the_ledger_existed_are_entered_once_by_the_backfill() {
        Run done = runs.replace(runs.insert(open("k1", "security")).orElseThrow().completed(Answers.none(), DAY)).orElseThrow();
        runs.markCounted(done.id());
        runs.insert(open("k2", "security")).orElseThrow();
        AssessmentRunLedger ledger = new AssessmentRunLedger(mongo());
        assertThat(completed.ofAssessment("FRD-7K2QX")).isEmpty();
        assertThat(ledger.backfill()).isEqualTo(1);
        assertThat(ledger.backfill()).as("the second start-up finds the backfill done").isZero();
        assertThat(completed.ofAssessment("FRD-7K2QX")).extracting(CompletedRun::runId).containsExactly(done.id());
    }

    @Test
    void unfinished_runs_untouched_since_before_a_day_are_swept_and_completed_runs_kept() {
        Run old = runs.insert(open("k1", "security")).orElseThrow();
        Run finished = runs.replace(runs.insert(open("k2", "security")).orElseThrow().completed(Answers.none(), DAY)).orElseThrow();
        assertThat(runs.deleteOpenUpdatedBefore(DAY.plusDays(1))).isEqualTo(1);
        assertThat(runs.find(old.id())).isEmpty();
        assertThat(runs.find(finished.id())).isPresent();
    }
}
