package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.LEAD;
import static dev.mlsec.assessor.slack.SlackHarness.TEAM;
import static dev.mlsec.assessor.slack.SlackHarness.button;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /mlsec new NAME --private} through the real Bolt app against the fake Slack Web API. */
class SlackPrivateAssessmentTest {

    private final SlackHarness h = new SlackHarness();

    @AfterEach
    void close() {
        h.close();
    }

    private String newPrivate() {
        h.command(TEAM, LEAD, "new Fraud model --private", "lead-new");
        return SlackHarness.codeIn(h.slack.awaitResponse("lead-new", 1).body());
    }

    private static String text(SlackHttpEndpoint.HttpResult result) {
        return com.google.gson.JsonParser.parseString(result.body()).getAsJsonObject().get("text").getAsString();
    }

    @Test
    void a_private_assessments_root_message_says_its_lead_sees_no_scores_until_k_answer_sets() {
        String code = newPrivate();

        FakeSlackApi.Call root = h.slack.await("chat.postMessage", 1).get(0);
        assertThat(root.param("blocks")).contains("This assessment is private: its lead sees no scores until each "
                + "questionnaire has at least 3 completed answer sets.").doesNotContain("--private");
        assertThat(h.core.assessments().findAnywhere(code).orElseThrow().name()).isEqualTo("Fraud model");
        assertThat(h.core.assessments().isPrivate(code)).isTrue();
    }

    @Test
    void the_first_question_of_a_private_assessment_carries_the_private_promise() {
        String code = newPrivate();

        h.action("URESP", CHANNEL, false, "mlsec|open|" + code + "|security", button("security"), null, "open");

        assertThat(h.slack.awaitResponse("open", 1).body()).contains("This assessment is private: its lead sees no scores")
                .doesNotContain("reflects each answer");
    }

    @Test
    void with_one_answer_set_each_the_report_shows_no_scores_says_how_many_more_are_needed_and_attaches_nothing() {
        String code = newPrivate();
        h.completeEveryQuestionnaire(code);

        h.command(TEAM, LEAD, "report " + code, "report");

        assertThat(h.slack.awaitResponse("report", 1).body()).contains("This assessment is private: its scores are "
                + "withheld until each questionnaire has at least 3 completed answer sets. Still needed: Risk impact 2 more, "
                + "Attack surface 2 more, Security 2 more.").doesNotContain("residual risk");
        assertThat(h.slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    @Test
    void a_misplaced_private_flag_gets_one_sentence_and_creates_nothing() {
        String before = h.core.dump();

        SlackHttpEndpoint.HttpResult result = h.command(TEAM, LEAD, "new --private Fraud model", "misplaced");

        assertThat(text(result))
                .startsWith("Put `--private` after the system's name, e.g. `fraud model v3 --private`.");
        assertThat(h.slack.calls("chat.postMessage")).isEmpty();
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void an_unknown_flag_gets_one_sentence_and_creates_nothing() {
        String before = h.core.dump();

        SlackHttpEndpoint.HttpResult result = h.command(TEAM, LEAD, "new Fraud model --secret", "unknown");

        assertThat(text(result))
                .startsWith("`--secret` is not an option of `new`: the only one is `--private`, after the system's name.");
        assertThat(h.slack.calls("chat.postMessage")).isEmpty();
        assertThat(h.core.dump()).isEqualTo(before);
    }
}
