package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scheduled rounds through the real Bolt app against the fake Slack Web API, with a moved clock. */
class SlackScheduledRoundsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final SlackHarness h = SlackHarness.observable(clock);

    @AfterEach
    void close() {
        h.close();
    }

    private String say(String user, String text) {
        String name = "r-" + h.nextTrigger();
        SlackHttpEndpoint.HttpResult ack = h.command(TEAM, user, text, name);
        if (ack.body().contains("\"text\"")) {
            // refused in the acknowledgement itself (the command could not be read)
            return com.google.gson.JsonParser.parseString(ack.body()).getAsJsonObject().get("text").getAsString();
        }
        return h.slack.awaitResponse(name, 1).json().get("text").getAsString();
    }

    @Test
    void a_scheduled_round_opens_at_its_due_time_where_the_last_one_is_and_its_old_thread_says_it_opened_on_schedule() {
        String first = h.newAssessment("Fraud model");
        String firstRoot = h.core.assessments().root(first).orElseThrow().where().split("\\|")[1];
        assertThat(say(LEAD, "schedule " + first + " every 90d")).isEqualTo(":calendar: Round 2 of `" + first
                + "` opens by itself on 2027-03-01, posted where this round's message is, and then every 90 days from each new "
                + "round. Say `off` to stop.");
        assertThat(say(LEAD, "status " + first)).endsWith("\nNext round due on 2027-03-01 (opened on schedule).");
        int posts = h.slack.calls("chat.postMessage").size();

        clock.advance(Duration.ofDays(90).minusMinutes(1));
        assertThat(h.core.roundSchedules().openDue()).isZero();
        h.quiet();
        assertThat(h.slack.calls("chat.postMessage")).hasSize(posts);

        clock.advance(Duration.ofMinutes(1));
        assertThat(h.core.roundSchedules().openDue()).isEqualTo(1);
        List<FakeSlackApi.Call> all = h.slack.await("chat.postMessage", posts + 3);
        FakeSlackApi.Call root = all.get(posts);
        FakeSlackApi.Call note = all.get(posts + 2);
        Matcher m = Pattern.compile("mlsec\\|open\\|([A-Z0-9-]+)\\|").matcher(root.param("blocks"));
        assertThat(m.find()).isTrue();
        String second = m.group(1);
        assertThat(root.param("channel")).isEqualTo(CHANNEL);
        assertThat(root.param("thread_ts")).isNull();
        assertThat(note.param("thread_ts")).isEqualTo(firstRoot);
        assertThat(note.param("text")).isEqualTo("Round 2 of this assessment was opened on schedule, with code `" + second
                + "`; its message is posted below. This round's answers and report are kept as they are.");
        assertThat(say(LEAD, "status " + second)).endsWith("\nNext round due on 2027-05-30 (opened on schedule).");
    }

    @Test
    void off_stops_the_schedule_and_nothing_opens_when_it_would_have_been_due() {
        String first = h.newAssessment("Fraud model");
        say(LEAD, "schedule " + first + " every 13w");
        assertThat(say(LEAD, "schedule " + first + " off")).isEqualTo(":calendar: Scheduled rounds of `" + first
                + "` are off; open the next round by hand when you want one.");
        int posts = h.slack.calls("chat.postMessage").size();

        clock.advance(Duration.ofDays(365));
        assertThat(h.core.roundSchedules().openDue()).isZero();
        h.quiet();
        assertThat(h.slack.calls("chat.postMessage")).hasSize(posts);
        assertThat(say(LEAD, "status " + first)).doesNotContain("Next round");
    }

    @ParameterizedTest(name = "{0}: schedule {1}")
    @CsvSource(delimiter = '~', value = {
            "ULEAD   ~ CODE every 0d     ~ An interval must be at least 7 days here, e.g. `every 7d`.",
            "ULEAD   ~ CODE every 10000d ~ An interval may be at most 730 days here.",
            "ULEAD   ~ CODE every 90     ~ A number alone is not an interval: add its unit, e.g. `every 90d` for days.",
            "ULEAD   ~ CODE sometimes    ~ I did not understand that: say how often as `every 3d` (days) or `every 2w` (weeks), or `off`.",
            "ULEAD   ~ CODE              ~ Give one assessment code, then `every 90d` or `off`. Usage: `/mlsec schedule <code> every 90d|off`",
            "ULEAD   ~ CLOSED every 90d  ~ That round is closed, so it cannot be scheduled; give the code of the system's current round.",
            "ULEAD   ~ ZZZ-2222Q every 90d ~ I know no assessment `ZZZ-2222Q` in this workspace. Check the code in the assessment's root message.",
            "ULEAD   ~ FOREIGN every 90d ~ I know no assessment `FOREIGN` in this workspace. Check the code in the assessment's root message.",
            "UMEMBER ~ CODE every 90d    ~ :no_entry: Only leads can do that: <@ULEAD>.",
    })
    void bad_input_gets_one_sentence_and_leaves_the_store_as_it_was(String user, String typed, String sentence) {
        String code = h.newAssessment("Fraud model");
        String closed = h.newAssessment("Spam filter");
        say(LEAD, "close " + closed);
        String foreign = h.core.assessments().create(new dev.mlsec.assessor.core.identity.Space(
                dev.mlsec.assessor.core.identity.Platform.SLACK, "T0OTHER"), "Their model").code();
        String text = typed.replace("CODE", code).replace("CLOSED", closed).replace("FOREIGN", foreign);
        String before = h.core.dump();

        assertThat(say(user, "schedule " + text)).isEqualTo(sentence.replace("FOREIGN", foreign));
        h.quiet();
        assertThat(h.core.dump()).isEqualTo(before);
    }
}
