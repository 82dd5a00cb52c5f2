package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static dev.mlsec.assessor.slack.SlackHarness.button;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.RootLocation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rounds through the real Bolt app against the fake Slack Web API: the next round, its report, closing. */
class SlackRoundsTest {

    private final SlackHarness h = new SlackHarness();

    @AfterEach
    void close() {
        h.close();
    }

    /** Opens the next round as the lead; returns its code once its root message, progress line and note are posted. */
    private String nextRound(String code) {
        int posts = h.slack.calls("chat.postMessage").size();
        String name = "round-" + h.nextTrigger();
        h.command(TEAM, LEAD, "round " + code, name);
        String reply = h.slack.awaitResponse(name, 1).json().get("text").getAsString();
        Matcher m = Pattern.compile("is open with code `([A-Z0-9-]+)`").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        h.slack.await("chat.postMessage", posts + 3);
        return m.group(1);
    }

    @Test
    void a_second_round_is_posted_where_the_first_is_said_in_its_thread_and_reported_against_the_first_with_the_across_rounds_chart() {
        String first = h.newAssessment("Fraud model");
        h.completeEveryQuestionnaire(first);
        String firstRoot = h.core.assessments().root(first).orElseThrow().where().split("\\|")[1];

        String second = nextRound(first);

        List<FakeSlackApi.Call> posts = h.slack.calls("chat.postMessage");
        FakeSlackApi.Call root = posts.get(posts.size() - 3);
        FakeSlackApi.Call note = posts.get(posts.size() - 1);
        assertThat(root.param("channel")).isEqualTo(CHANNEL);
        assertThat(root.param("thread_ts")).isNull();
        assertThat(root.param("blocks")).contains("mlsec|open|" + second + "|");
        assertThat(note.param("thread_ts")).isEqualTo(firstRoot);
        assertThat(note.param("text")).isEqualTo("Round 2 of this assessment is open, with code `" + second
                + "`; its message is posted below. This round's answers and report are kept as they are.");
        assertThat(h.core.assessments().root(second)).map(RootLocation::where).hasValueSatisfying(w -> w.startsWith(CHANNEL + "|"));

        h.completeEveryQuestionnaire(second);
        h.command(TEAM, LEAD, "report " + second, "lead-report");
        FakeSlackApi.Call report = h.slack.awaitResponse("lead-report", 1);
        assertThat(report.body()).contains("since round 1", "Round 2 of this system, after round 1 (" + first + ").");
        assertThat(h.slack.await("files.getUploadURLExternal", 4)).extracting(c -> c.param("filename"))
                .containsExactly(second + "-residual-risk.png", second + "-exposure-heat-map.png",
                        second + "-across-rounds.png", second + "-report.html");
    }

    @Test
    void an_old_button_of_a_closed_round_is_refused_pointing_at_the_current_round_and_nothing_is_recorded() {
        String first = h.newAssessment("Fraud model");
        String second = nextRound(first);
        h.command(TEAM, LEAD, "close " + first, "lead-close");
        assertThat(h.slack.awaitResponse("lead-close", 1).json().get("text").getAsString())
                .isEqualTo(":lock: Round 1 (`" + first + "`) is closed: it takes no more answers, and its report is frozen with "
                        + "0 completed answer sets.");
        String before = h.core.dump();

        h.action("URESP", CHANNEL, false, "mlsec|open|" + first + "|risk-impact", button("risk-impact"), null, "old-button");

        assertThat(h.slack.awaitResponse("old-button", 1).body()).contains("is closed and takes no more answers",
                "The current round is " + second);
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void closing_a_closed_round_says_so_and_changes_nothing() {
        String first = h.newAssessment("Fraud model");
        h.command(TEAM, LEAD, "close " + first, "close-1");
        h.slack.awaitResponse("close-1", 1);
        String before = h.core.dump();

        h.command(TEAM, LEAD, "close " + first, "close-2");

        assertThat(h.slack.awaitResponse("close-2", 1).json().get("text").getAsString())
                .startsWith("Round 1 (`" + first + "`) was closed already, on ");
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void a_member_who_is_not_a_lead_can_neither_open_nor_close_a_round() {
        String first = h.newAssessment("Fraud model");
        String before = h.core.dump();

        h.command(TEAM, "UMEMBER", "round " + first, "member-round");
        h.command(TEAM, "UMEMBER", "close " + first, "member-close");

        assertThat(h.slack.awaitResponse("member-round", 1).body()).contains("Only leads can do that");
        assertThat(h.slack.awaitResponse("member-close", 1).body()).contains("Only leads can do that");
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void trends_come_with_the_band_spread_and_quarter_charts_in_the_leads_dm_once_k_systems_are_scored() {
        for (String system : List.of("Fraud model", "Spam filter", "Triage")) {
            h.completeEveryQuestionnaire(h.newAssessment(system));
        }

        h.command(TEAM, LEAD, "trends", "lead-trends");

        assertThat(h.slack.awaitResponse("lead-trends", 1).body()).contains("Residual-risk bands quarter by quarter",
                "The charts are in your DM with me.");
        assertThat(h.slack.await("files.getUploadURLExternal", 2)).extracting(c -> c.param("filename"))
                .containsExactly("trends-band-spread.png", "trends-by-quarter.png");
        assertThat(h.slack.await("files.completeUploadExternal", 1).get(0).param("channel_id")).isEqualTo("D" + LEAD);
    }
}
