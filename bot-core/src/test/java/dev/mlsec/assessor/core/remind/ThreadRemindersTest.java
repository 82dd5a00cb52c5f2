package dev.mlsec.assessor.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThreadRemindersTest {

    private static final Space SPACE = new Space(Platform.SLACK, "T0001");
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final TestAssessor assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")), clock);
    private final List<ThreadReminder> posted = new CopyOnWriteArrayList<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final ThreadReminders reminders = new ThreadReminders(assessor.assessments(), assessor.reports(), assessor.dueItems(),
            code -> open.get(), (where, reminder) -> posted.add(reminder), clock, assessor.anonymity().k(), assessor.questionnaires());

    @AfterEach
    void close() {
        assessor.close();
    }

    private String assessment() {
        String code = assessor.assessments().create(SPACE, "Fraud model").code();
        assessor.assessments().placeRoot(code, new RootLocation(Platform.SLACK, "C1|1.0|1.0"));
        return code;
    }

    private void complete(String code, String user) {
        Respondent who = new Respondent(Platform.SLACK, "T0001", user);
        Reply reply = assessor.engine().handle(who, new Command.Start("pipeline", Optional.of(code)));
        for (int i = 0; i < 20 && reply instanceof Reply.Prompt p; i++) {
            reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                    List.of(p.question().options().get(0).id())));
        }
        assertThat(reply).isInstanceOf(Reply.Completed.class);
    }

    @Test
    void a_reminder_is_posted_on_cadence_naming_nobody_and_stops_once_every_questionnaire_has_enough_answers() {
        String code = assessment();
        assertThat(reminders.set(SPACE, code, "every 3d")).isEqualTo("I'll post a reminder in the thread of " + code
                + " every 3 days, until every questionnaire has 3 completed answers or the round closes.");
        clock.advance(Duration.ofDays(3).minusMinutes(1));
        assertThat(reminders.postDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(reminders.postDue()).isEqualTo(1);
        assertThat(reminders.postDue()).isZero();
        assertThat(posted).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Reminder: 1 of 1 questionnaire(s) still need more completed answers (Pipeline "
                    + "check). Each takes a few minutes, and names and ids are never stored; press a button below to answer.");
            assertThat(r.root().code()).isEqualTo(code);
            assertThat(r.root().questionnaires()).extracting(RootView.Entry::questionnaireId).containsExactly("pipeline");
        });

        complete(code, "U1");
        complete(code, "U2");
        clock.advance(Duration.ofDays(3));
        assertThat(reminders.postDue()).isEqualTo(1);
        assertThat(posted).hasSize(2);
        complete(code, "U3");
        clock.advance(Duration.ofDays(3));
        assertThat(reminders.postDue()).isEqualTo(1);
        assertThat(posted).hasSize(2);
        assertThat(assessor.dueItems().ids(ThreadReminders.KIND)).isEmpty();
    }

    @Test
    void a_reminder_stops_when_the_round_closes() {
        String code = assessment();
        reminders.set(SPACE, code, "every 1d");
        open.set(false);
        clock.advance(Duration.ofDays(1));
        reminders.postDue();
        assertThat(posted).isEmpty();
        assertThat(assessor.dueItems().ids(ThreadReminders.KIND)).isEmpty();
    }

    @Test
    void off_stops_the_reminders() {
        String code = assessment();
        reminders.set(SPACE, code, "every 1d");
        assertThat(reminders.set(SPACE, code, "off")).isEqualTo("Reminders for " + code + " are off.");
        clock.advance(Duration.ofDays(1));
        assertThat(reminders.postDue()).isZero();
        assertThat(posted).isEmpty();
    }

    @Test
    void bad_cadences_unknown_foreign_and_closed_codes_get_one_sentence_and_change_nothing() {
        String code = assessment();
        String before = assessor.dump();
        assertThat(reminders.set(SPACE, code, "every 0d")).isEqualTo("An interval must be at least one day.");
        assertThat(reminders.set(SPACE, code, "every 10000d")).startsWith("An interval may be at most");
        assertThat(reminders.set(SPACE, code, "every 3")).startsWith("A number alone is not an interval");
        assertThat(reminders.set(SPACE, code, "whenever")).startsWith("I did not understand that");
        String unknown = reminders.set(SPACE, "ZZZ-99999", "every 3d");
        assertThat(reminders.set(new Space(Platform.SLACK, "T0OTHER"), code, "every 3d")).isEqualTo(unknown);
        open.set(false);
        assertThat(reminders.set(SPACE, code, "every 3d")).isEqualTo(ThreadReminders.CLOSED);
        assertThat(assessor.dump()).isEqualTo(before);
    }
}
