package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.remind.ThreadReminders;
import dev.mlsec.assessor.core.testing.TestClock;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Thread reminders through the real Bolt app against the fake Slack Web API: set by a lead, posted on cadence by the clock. */
class SlackThreadRemindersTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final SlackHarness h = SlackHarness.observable(clock);

    @BeforeEach
    void attach() {
        h.core.threadPosts().attach(Platform.SLACK, SlackThreadPosts.of(h.bot.settings()));
    }

    @AfterEach
    void close() {
        h.close();
    }

    private String said(String command) {
        String name = "remind-" + h.nextTrigger();
        h.command(TEAM, LEAD, command, name);
        return h.slack.awaitResponse(name, 1).json().get("text").getAsString();
    }

    private List<FakeSlackApi.Call> reminders() {
        return h.slack.calls("chat.postMessage").stream().filter(c -> c.param("text").startsWith(":bell: Reminder:")).toList();
    }

    @Test
    void a_lead_sets_a_cadence_and_a_reminder_naming_nobody_is_posted_in_the_assessments_thread_each_time_it_is_due() {
        String code = h.newAssessment("Fraud model");
        String rootTs = h.core.assessments().root(code).orElseThrow().where().split("\\|")[1];
        assertThat(said("remind " + code + " every 3d")).isEqualTo("I'll post a reminder in the thread of " + code
                + " every 3 days, until every questionnaire has 3 completed answers or the round closes.");
        h.answerToTheEnd("URESP1", code, "risk-impact");

        clock.advance(Duration.ofDays(3).minusMinutes(1));
        assertThat(h.core.threadReminders().postDue()).isZero();
        assertThat(reminders()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(h.core.threadReminders().postDue()).isEqualTo(1);
        assertThat(h.core.threadReminders().postDue()).isZero();

        assertThat(reminders()).singleElement().satisfies(post -> {
            assertThat(post.param("channel")).isEqualTo(CHANNEL);
            assertThat(post.param("thread_ts")).isEqualTo(rootTs);
            assertThat(post.param("text")).isEqualTo(":bell: Reminder: 3 of 3 questionnaire(s) still need more completed answers "
                    + "(Risk impact, Attack surface, Security). Each takes a few minutes, and names and ids are never stored; press a button below to answer.");
            assertThat(post.param("blocks")).contains("mlsec|open|" + code + "|risk-impact", "mlsec|open|" + code + "|attack-surface",
                    "mlsec|open|" + code + "|security").doesNotContain("URESP1", LEAD, TEAM, "<@", "<!");
        });
        clock.advance(Duration.ofDays(3));
        assertThat(h.core.threadReminders().postDue()).isEqualTo(1);
        assertThat(reminders()).hasSize(2);
    }

    @Test
    void reminders_stop_once_every_questionnaire_has_k_completed_answer_sets() {
        String code = h.newAssessment("Fraud model");
        said("remind " + code + " every 1d");
        int n = 0;
        for (Questionnaire q : TestQuestionnaires.all()) {
            for (int i = 0; i < h.core.anonymity().k(); i++) {
                h.answerToTheEnd("URESP" + (++n), code, q.id());
            }
        }
        clock.advance(Duration.ofDays(1));
        assertThat(h.core.threadReminders().postDue()).isEqualTo(1);
        assertThat(reminders()).isEmpty();
        assertThat(h.core.dueItems().ids(ThreadReminders.KIND)).isEmpty();
    }

    @Test
    void reminders_stop_when_the_round_closes() {
        String code = h.newAssessment("Fraud model");
        said("remind " + code + " every 1d");
        said("close " + code);
        clock.advance(Duration.ofDays(1));
        h.core.threadReminders().postDue();
        assertThat(reminders()).isEmpty();
        assertThat(h.core.dueItems().ids(ThreadReminders.KIND)).isEmpty();
    }

    @Test
    void off_stops_the_reminders() {
        String code = h.newAssessment("Fraud model");
        said("remind " + code + " every 1d");
        assertThat(said("remind " + code + " off")).isEqualTo("Reminders for " + code + " are off.");
        clock.advance(Duration.ofDays(2));
        assertThat(h.core.threadReminders().postDue()).isZero();
        assertThat(reminders()).isEmpty();
    }

    @Test
    void bad_intervals_unknown_and_foreign_codes_closed_rounds_and_members_get_one_sentence_and_change_nothing() {
        String code = h.newAssessment("Fraud model");
        String closed = h.newAssessment("Old model");
        said("close " + closed);
        h.quiet();
        String before = h.core.dump();

        assertThat(said("remind " + code + " every 0d")).isEqualTo("An interval must be at least one day.");
        assertThat(said("remind " + code + " every 10000d")).startsWith("An interval may be at most 3650 days");
        assertThat(said("remind " + code + " every 3")).startsWith("A number alone is not an interval");
        assertThat(said("remind " + code + " sometimes")).startsWith("I did not understand that");
        assertThat(said("remind " + closed + " every 3d")).isEqualTo("That round is closed, so there is nobody left to remind.");
        String unknown = said("remind ZZZ-99999 every 3d");
        assertThat(unknown).startsWith("I know no assessment `ZZZ-99999` in this workspace.");
        String foreign = "foreign-" + h.nextTrigger();
        h.command("T0OTHER", LEAD, "remind " + code + " every 3d", foreign);
        assertThat(h.slack.awaitResponse(foreign, 1).json().get("text").getAsString())
                .isEqualTo(unknown.replace("ZZZ-99999", code));
        String member = "member-" + h.nextTrigger();
        h.command(TEAM, "UMEMBER", "remind " + code + " every 3d", member);
        assertThat(h.slack.awaitResponse(member, 1).body()).contains("Only leads can do that");
        h.quiet();
        assertThat(h.core.dump()).isEqualTo(before);
    }
}
