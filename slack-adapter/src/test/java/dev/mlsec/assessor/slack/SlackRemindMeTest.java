package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static dev.mlsec.assessor.slack.SlackHarness.button;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Remind me" through the real Bolt app: the press, the one direct message at its time, and nothing kept after. */
class SlackRemindMeTest {

    private static final String USER = "U0REMINDED";
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final SlackHarness h = SlackHarness.observable(clock);

    @AfterEach
    void close() {
        h.close();
    }

    private String pausedRun() {
        Matcher m = Pattern.compile("mlsec\\|dk\\|([A-Za-z0-9_-]{16,64})").matcher(h.command(TEAM, USER, "start attack-surface", "r").body());
        assertThat(m.find()).isTrue();
        String run = m.group(1);
        h.action(USER, CHANNEL, true, "mlsec|dk|" + run + "|data-source", button("dk"), null, "dk");
        h.slack.awaitResponse("dk", 1);
        h.action(USER, CHANNEL, true, "mlsec|pause|" + run, button("pause"), null, "pause");
        assertThat(h.slack.awaitResponse("pause", 1).body()).contains("Remind me tomorrow", "Remind me in a week",
                "mlsec|remind|" + run + "|1d", "mlsec|remind|" + run + "|7d");
        return run;
    }

    @Test
    void a_paused_respondent_gets_one_direct_message_at_the_time_they_chose_and_their_address_is_gone_afterwards() {
        String run = pausedRun();
        h.action(USER, CHANNEL, true, "mlsec|remind|" + run + "|1d", button("remind"), null, "remind");
        assertThat(h.slack.awaitResponse("remind", 1).json().get("text").getAsString()).contains("I'll send you one direct message tomorrow");
        assertThat(h.core.dump()).contains("remind-me:" + run).doesNotContain(USER, TEAM);

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(h.core.reminders().sendDue()).isZero();
        assertThat(h.slack.calls("chat.postMessage")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(h.core.reminders().sendDue()).isEqualTo(1);
        assertThat(h.core.reminders().sendDue()).isZero();

        assertThat(h.slack.calls("conversations.open")).hasSize(1);
        assertThat(h.slack.calls("conversations.open").get(0).param("users")).isEqualTo(USER);
        assertThat(h.slack.calls("chat.postMessage")).singleElement().satisfies(dm -> {
            assertThat(dm.param("channel")).isEqualTo("D" + USER);
            assertThat(dm.param("text")).isEqualTo("Here is the reminder you asked for: Attack surface is paused, with your "
                    + "1 answer(s) kept. Press Resume to carry on where you stopped.");
            assertThat(dm.param("blocks")).contains("mlsec|show|" + run, "Resume");
        });
        assertThat(h.core.dump()).doesNotContain("remind-me", USER, TEAM);

        h.action(USER, "D" + USER, false, "mlsec|show|" + run, button("show"), null, "resumed");
        assertThat(h.slack.awaitResponse("resumed", 1).body()).contains("Which framework trains the model?");
    }

    @Test
    void a_reminder_press_on_someone_elses_run_is_answered_like_an_unknown_run_and_stores_nothing() {
        String run = pausedRun();
        String before = h.core.dump();
        h.action("U0SOMEONE", CHANNEL, true, "mlsec|remind|" + run + "|7d", button("remind"), null, "foreign");
        assertThat(h.slack.awaitResponse("foreign", 1).json().get("text").getAsString()).contains("I can't find that questionnaire run.");
        h.action(USER, CHANNEL, true, "mlsec|remind|" + run + "|99d", button("remind"), null, "odd");
        assertThat(h.slack.awaitResponse("odd", 1).json().get("text").getAsString()).doesNotContain("direct message");
        h.quiet();
        assertThat(h.core.dump()).isEqualTo(before);
    }
}
