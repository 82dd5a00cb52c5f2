package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static dev.mlsec.assessor.slack.SlackHarness.button;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackRespondentControlsTest {

    private final SlackHarness h = new SlackHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void start_without_a_questionnaire_offers_a_private_choice() {
        SlackHttpEndpoint.HttpResult result = h.command(TEAM, "U1", "start", "r");

        assertThat(result.body()).contains("\"response_type\":\"ephemeral\"", "Which questionnaire would you like to answer?",
                "mlsec|open|-|risk-impact", "mlsec|open|-|attack-surface", "mlsec|open|-|security", "Only you can see this message");
    }

    @Test
    void start_with_a_questionnaire_shows_its_first_question_privately() {
        SlackHttpEndpoint.HttpResult result = h.command(TEAM, "U1", "start security", "r");

        assertThat(result.body()).contains("\"response_type\":\"ephemeral\"", "Is training data reviewed before use?",
                "Question 1 of 1 \u00b7 Security \u00b7 Controls", "Only you can see this message", "mlsec|dm|s1");
    }

    @Test
    void start_with_an_unknown_questionnaire_is_refused_politely() {
        SlackHttpEndpoint.HttpResult result = h.command(TEAM, "U1", "start cooking", "r");

        assertThat(result.body()).contains(":information_source: There is no questionnaire called cooking.");
    }

    @Test
    void why_explains_the_question_in_place() {
        h.command(TEAM, "U1", "start security", "r");

        h.action("U1", CHANNEL, true, "mlsec|why|s1|review", button("why"), null, "why");

        FakeSlackApi.Call why = h.slack.awaitResponse("why", 1);
        assertThat(why.json().get("replace_original").getAsBoolean()).isTrue();
        assertThat(why.body()).contains(":bulb: *Why this matters:* Because is training data reviewed before use?");
    }

    @Test
    void pause_keeps_the_answers_and_resume_shows_the_question_again() {
        h.command(TEAM, "U1", "start attack-surface", "r");
        h.action("U1", CHANNEL, true, "mlsec|dk|s1|data-source", button("dk"), null, "dk");
        h.slack.awaitResponse("dk", 1);

        h.action("U1", CHANNEL, true, "mlsec|pause|s1", button("pause"), null, "pause");
        assertThat(h.slack.awaitResponse("pause", 1).body())
                .contains("Paused Attack surface at Question 2 of 4. Your 1 answers are kept", "mlsec|show|s1");

        SlackHttpEndpoint.HttpResult resumed = h.command(TEAM, "U1", "resume", "resume");
        assertThat(resumed.body()).contains("Welcome back", "Which framework trains the model?");
    }

    @Test
    void a_respondent_may_continue_in_a_dm() {
        h.command(TEAM, "U1", "start security", "r");

        h.action("U1", CHANNEL, true, "mlsec|dm|s1", button("dm"), null, "dm");

        FakeSlackApi.Call moved = h.slack.awaitResponse("dm", 1);
        assertThat(moved.body()).contains("Continued in your DM with me");
        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(h.slack.calls("conversations.open").get(0).param("users")).isEqualTo("U1");
        assertThat(dm.param("channel")).isEqualTo("DU1");
        assertThat(dm.param("blocks")).contains("Is training data reviewed before use?", "in a private DM with the bot");
    }

    @Test
    void submit_with_nothing_ticked_is_refused_and_records_nothing() {
        h.command(TEAM, "U1", "start attack-surface", "r");
        h.action("U1", CHANNEL, true, "mlsec|dk|s1|data-source", button("dk"), null, "q1");
        h.action("U1", CHANNEL, true, "mlsec|skip|s1|framework", button("skip"), null, "q2");
        h.slack.awaitResponse("q2", 1);

        h.action("U1", CHANNEL, true, "mlsec|sub|s1|stores", button("submit"), null, "q3");

        assertThat(h.slack.awaitResponse("q3", 1).body()).contains("Choose between 1 and 3 answers.");
        assertThat(h.engine.recorded()).containsExactly("data-source=dont-know", "framework=");
    }

    @Test
    void the_lead_can_share_the_report_into_the_assessment_thread() {
        h.command(TEAM, LEAD, "new Fraud model", "new");
        String reply = h.slack.awaitResponse("new", 1).body();
        String code = reply.replaceAll("(?s).*Assessment `([A-Z0-9]+)`.*", "$1");

        h.command(TEAM, LEAD, "report " + code + " --share", "report");

        assertThat(h.slack.awaitResponse("report", 1).body()).contains("The charts and the HTML report are in the assessment\\u0027s thread.");
        FakeSlackApi.Call complete = h.slack.await("files.completeUploadExternal", 1).get(0);
        assertThat(complete.param("channel_id")).isEqualTo(CHANNEL);
        assertThat(complete.param("thread_ts")).isEqualTo("1700000000.001001");
    }

    @Test
    void the_lead_gets_status_and_exports() {
        h.command(TEAM, LEAD, "new Fraud model", "new");
        String code = h.slack.awaitResponse("new", 1).body().replaceAll("(?s).*Assessment `([A-Z0-9]+)`.*", "$1");

        h.command(TEAM, LEAD, "status " + code, "status");
        h.command(TEAM, LEAD, "export " + code + " csv", "export");

        assertThat(h.slack.awaitResponse("status", 1).body()).contains("*Fraud model* (`" + code + "`)",
                "Risk impact 0 completed");
        assertThat(h.slack.awaitResponse("export", 1).body()).contains("The CSV export is in your DM with me.");
        assertThat(h.slack.calls("files.getUploadURLExternal").get(0).param("filename")).isEqualTo(code + ".csv");
    }
}
