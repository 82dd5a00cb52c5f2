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

    /** The run id the bot put into the message's buttons. */
    private static String runId(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("mlsec\\|(?:dm|pause|show|why|dk|skip|a|sel|sub|pick|back)\\|([A-Za-z0-9_-]{16,64})")
                .matcher(body);
        if (!m.find()) {
            throw new AssertionError("no run id in " + body);
        }
        return m.group(1);
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
                "Question 1 of 1 \u00b7 Security \u00b7 Controls", "Only you can see this message")
                .containsPattern("mlsec\\|dm\\|[A-Za-z0-9_-]{16,64}");
    }

    @Test
    void start_with_an_unknown_questionnaire_is_refused_politely() {
        SlackHttpEndpoint.HttpResult result = h.command(TEAM, "U1", "start cooking", "r");

        assertThat(result.body()).contains(":information_source: There is no such questionnaire. Choose one of: risk-impact (Risk impact)");
    }

    @Test
    void why_explains_the_question_in_place() {
        String run = runId(h.command(TEAM, "U1", "start security", "r").body());

        h.action("U1", CHANNEL, true, "mlsec|why|" + run + "|review", button("why"), null, "why");

        FakeSlackApi.Call why = h.slack.awaitResponse("why", 1);
        assertThat(why.json().get("replace_original").getAsBoolean()).isTrue();
        assertThat(why.body()).contains(":bulb: *Why this matters:* Because is training data reviewed before use?");
    }

    @Test
    void pause_keeps_the_answers_and_resume_shows_the_question_again() {
        String run = runId(h.command(TEAM, "U1", "start attack-surface", "r").body());
        h.action("U1", CHANNEL, true, "mlsec|dk|" + run + "|data-source", button("dk"), null, "dk");
        h.slack.awaitResponse("dk", 1);

        h.action("U1", CHANNEL, true, "mlsec|pause|" + run, button("pause"), null, "pause");
        assertThat(h.slack.awaitResponse("pause", 1).body())
                .contains("Paused Attack surface at Question 2 of 4. Your 1 answer(s) are kept", "mlsec|show|" + run);

        SlackHttpEndpoint.HttpResult resumed = h.command(TEAM, "U1", "resume", "resume");
        assertThat(resumed.body()).contains("Welcome back", "Which framework trains the model?");
    }

    @Test
    void a_respondent_may_continue_in_a_dm() {
        String run = runId(h.command(TEAM, "U1", "start security", "r").body());

        h.action("U1", CHANNEL, true, "mlsec|dm|" + run, button("dm"), null, "dm");

        FakeSlackApi.Call moved = h.slack.awaitResponse("dm", 1);
        assertThat(moved.body()).contains("Continued in your DM with me");
        FakeSlackApi.Call dm = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(h.slack.calls("conversations.open").get(0).param("users")).isEqualTo("U1");
        assertThat(dm.param("channel")).isEqualTo("DU1");
        assertThat(dm.param("blocks")).contains("Is training data reviewed before use?", "in a private DM with the bot");
    }

    @Test
    void submit_with_nothing_ticked_is_refused_and_records_nothing() {
        String run = runId(h.command(TEAM, "U1", "start attack-surface", "r").body());
        h.action("U1", CHANNEL, true, "mlsec|dk|" + run + "|data-source", button("dk"), null, "q1");
        h.slack.awaitResponse("q1", 1);
        h.action("U1", CHANNEL, true, "mlsec|skip|" + run + "|framework", button("skip"), null, "q2");
        assertThat(h.slack.awaitResponse("q2", 1).body()).contains("Where is the data stored?");
        String before = h.core.dump();

        h.action("U1", CHANNEL, true, "mlsec|sub|" + run + "|stores", button("submit"), null, "q3");

        assertThat(h.slack.awaitResponse("q3", 1).body()).contains("Please choose between 1 and 3 options.",
                "Where is the data stored?");
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void the_lead_can_share_the_report_into_the_assessment_thread() {
        String code = h.newAssessment("Fraud model");
        h.completeEveryQuestionnaire(code);

        h.command(TEAM, LEAD, "report " + code + " --share", "report");

        assertThat(h.slack.awaitResponse("report", 1).body()).contains("The charts and the HTML report are in the assessment\\u0027s thread.");
        FakeSlackApi.Call complete = h.slack.await("files.completeUploadExternal", 1).get(0);
        assertThat(complete.param("channel_id")).isEqualTo(CHANNEL);
        assertThat(complete.param("thread_ts")).isEqualTo("1700000000.001001");
    }

    @Test
    void the_lead_gets_status_and_exports() {
        String code = h.newAssessment("Fraud model");
        h.completeEveryQuestionnaire(code);

        h.command(TEAM, LEAD, "status " + code, "status");
        h.command(TEAM, LEAD, "export " + code + " csv", "export");

        assertThat(h.slack.awaitResponse("status", 1).body()).contains("*Fraud model* (`" + code + "`)",
                "Completed so far: Risk impact 1 \u00b7 Attack surface 1 \u00b7 Security 1");
        assertThat(h.slack.awaitResponse("export", 1).body()).contains("as CSV. The file is in your DM with me.");
        assertThat(h.slack.calls("files.getUploadURLExternal").get(0).param("filename")).isEqualTo("answers-" + code + ".csv");
    }

    @Test
    void an_export_with_too_few_answer_sets_says_how_many_more_are_needed_and_uploads_nothing() {
        String code = h.newAssessment("Fraud model");

        h.command(TEAM, LEAD, "export " + code + " csv", "export");

        assertThat(h.slack.awaitResponse("export", 1).body()).contains("Not exported yet:")
                .doesNotContain("in your DM");
        assertThat(h.slack.calls("files.getUploadURLExternal")).isEmpty();
    }
}
