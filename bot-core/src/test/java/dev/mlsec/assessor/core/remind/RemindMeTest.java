package dev.mlsec.assessor.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.engine.RunMaintenance;
import dev.mlsec.assessor.core.store.GuardedRunStore;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.core.testing.TestClock;
import dev.mlsec.assessor.core.view.RemindMe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemindMeTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final TestAssessor assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")), clock);
    private final Respondent alice = new Respondent(Platform.SLACK, "T0001", "U-ALICE");
    private final Respondent bob = new Respondent(Platform.SLACK, "T0001", "U-BOB");
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean platformAnswers = new AtomicBoolean(true);

    @BeforeEach
    void channel() {
        assessor.directMessages().attach(Platform.SLACK, (to, message) -> {
            if (!platformAnswers.get()) {
                return false;
            }
            sent.add(to.user() + " " + message.runId() + " " + message.button() + ": " + message.text());
            return true;
        });
    }

    @AfterEach
    void close() {
        assessor.close();
    }

    private Reply.Prompt started() {
        Reply.Prompt first = (Reply.Prompt) assessor.engine().handle(alice, new Command.Start("pipeline", Optional.empty()));
        return (Reply.Prompt) assessor.engine().handle(alice, new Command.Answer(first.run().runId(), first.question().id(),
                List.of(first.question().options().get(0).id())));
    }

    private String paused() {
        String run = started().run().runId();
        assessor.engine().handle(alice, new Command.Pause(run));
        return run;
    }

    @Test
    void a_reminder_is_sent_once_at_its_due_time_and_its_sealed_address_is_gone_afterwards() {
        String run = paused();
        assertThat(assessor.remindMe().remind(alice, run, RemindMe.TOMORROW))
                .isEqualTo("I'll send you one direct message tomorrow with a button to carry on. Until then your address is "
                        + "kept sealed, and it is deleted once the message is sent.");
        assertThat(assessor.dump()).contains("remind-me:" + run).doesNotContain("U-ALICE", "T0001");
        clock.advance(Duration.ofHours(23));
        assertThat(assessor.reminders().sendDue()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(assessor.reminders().sendDue()).isEqualTo(1);
        assertThat(assessor.reminders().sendDue()).isZero();
        assertThat(sent).containsExactly("U-ALICE " + run + " Resume: Here is the reminder you asked for: Pipeline check is "
                + "paused, with your 1 answer(s) kept. Press Resume to carry on where you stopped.");
        assertThat(assessor.dump()).doesNotContain("remind-me", "due_items\n{");
    }

    @Test
    void pressing_again_keeps_one_reminder_at_the_later_choice() {
        String run = paused();
        assessor.remindMe().remind(alice, run, RemindMe.TOMORROW);
        assessor.remindMe().remind(alice, run, RemindMe.IN_A_WEEK);
        clock.advance(Duration.ofDays(1));
        assertThat(assessor.reminders().sendDue()).isZero();
        clock.advance(Duration.ofDays(6));
        assertThat(assessor.reminders().sendDue()).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }

    @Test
    void someone_elses_run_is_answered_like_an_unknown_one_and_nothing_is_stored() {
        String run = paused();
        String before = assessor.dump();
        assertThat(assessor.remindMe().remind(bob, run, RemindMe.TOMORROW)).isEqualTo(RemindMeDesk.NO_RUN);
        assertThat(assessor.remindMe().remind(alice, "not a run id", RemindMe.TOMORROW)).isEqualTo(RemindMeDesk.NO_RUN);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void an_abandoned_run_loses_its_reminder_at_once() {
        String run = paused();
        assessor.remindMe().remind(alice, run, RemindMe.TOMORROW);
        assessor.engine().handle(alice, new Command.Abandon(run));
        assertThat(assessor.dueItems().ids(RemindMeDesk.KIND)).isEmpty();
        clock.advance(Duration.ofDays(2));
        assertThat(assessor.reminders().sendDue()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    void a_completed_run_loses_its_reminder_at_once() {
        String run = paused();
        assessor.remindMe().remind(alice, run, RemindMe.TOMORROW);
        Reply reply = assessor.engine().handle(alice, new Command.Resume(Optional.empty()));
        for (int i = 0; i < 20 && reply instanceof Reply.Prompt p; i++) {
            reply = assessor.engine().handle(alice, new Command.Answer(run, p.question().id(),
                    List.of(p.question().options().get(0).id())));
        }
        assertThat(reply).isInstanceOf(Reply.Completed.class);
        assertThat(assessor.dueItems().ids(RemindMeDesk.KIND)).isEmpty();
        assertThat(assessor.remindMe().remind(alice, run, RemindMe.TOMORROW)).isEqualTo(RemindMeDesk.FINISHED);
        assertThat(assessor.dueItems().ids(RemindMeDesk.KIND)).isEmpty();
    }

    @Test
    void a_run_the_retention_sweep_removes_loses_its_reminder() {
        String run = paused();
        assessor.remindMe().remind(alice, run, RemindMe.IN_A_WEEK);
        RunMaintenance maintenance = new RunMaintenance(new GuardedRunStore(new RemindersForgotten(assessor.runs(),
                assessor.reminders())), assessor.tally(), clock, 30);
        clock.advance(Duration.ofDays(31));
        assertThat(maintenance.sweepAbandoned()).isEqualTo(1);
        assertThat(assessor.dueItems().ids(RemindMeDesk.KIND)).isEmpty();
        assertThat(assessor.dump()).doesNotContain("remind-me");
    }

    @Test
    void a_reminder_the_platform_did_not_take_is_sent_at_the_next_run() {
        String run = paused();
        assessor.remindMe().remind(alice, run, RemindMe.TOMORROW);
        clock.advance(Duration.ofDays(1));
        platformAnswers.set(false);
        assertThat(assessor.reminders().sendDue()).isZero();
        assertThat(assessor.dueItems().ids(RemindMeDesk.KIND)).containsExactly(RemindMeDesk.itemId(run));
        platformAnswers.set(true);
        assertThat(assessor.reminders().sendDue()).isEqualTo(1);
        assertThat(sent).hasSize(1);
    }
}
