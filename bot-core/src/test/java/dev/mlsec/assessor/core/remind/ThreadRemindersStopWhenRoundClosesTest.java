package dev.mlsec.assessor.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.round.RoundCloser;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Thread reminders read the round store: once a round is closed they stop, and a closed round takes none. */
class ThreadRemindersStopWhenRoundClosesTest {

    private static final Space SPACE = new Space(Platform.SLACK, "T0001");
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final TestAssessor assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")), clock);
    private final List<ThreadReminder> posted = new CopyOnWriteArrayList<>();
    private final ThreadReminders reminders = new ThreadReminders(assessor.assessments(), assessor.reports(), assessor.dueItems(),
            RoundStates.of(assessor.rounds()), (where, reminder) -> posted.add(reminder), clock, assessor.anonymity().k(),
            assessor.questionnaires());

    @AfterEach
    void close() {
        assessor.close();
    }

    private String assessment() {
        String code = assessor.assessments().create(SPACE, "Fraud model").code();
        assessor.assessments().placeRoot(code, new RootLocation(Platform.SLACK, "C1|1.0|1.0"));
        return code;
    }

    private void closeRound(String code) {
        new RoundCloser(assessor.rounds(), assessor.completedRuns(), clock).close(assessor.assessments().findAnywhere(code).orElseThrow());
    }

    @Test
    void thread_reminders_stop_and_are_deleted_once_the_round_closes() {
        String code = assessment();
        reminders.set(SPACE, code, "every 3d");
        clock.advance(Duration.ofDays(3));
        assertThat(reminders.postDue()).isEqualTo(1);
        assertThat(posted).hasSize(1);

        closeRound(code);
        clock.advance(Duration.ofDays(3));
        assertThat(reminders.postDue()).isEqualTo(1);
        assertThat(posted).hasSize(1);
        assertThat(assessor.dueItems().ids(ThreadReminders.KIND)).isEmpty();
    }

    @Test
    void a_closed_round_takes_no_reminder_cadence() {
        String code = assessment();
        closeRound(code);
        String before = assessor.dump();
        assertThat(reminders.set(SPACE, code, "every 3d")).isEqualTo(ThreadReminders.CLOSED);
        assertThat(assessor.dump()).isEqualTo(before);
    }
}
