package dev.mlsec.assessor.slack;

import static dev.mlsec.assessor.slack.SlackHarness.CHANNEL;
import static dev.mlsec.assessor.slack.SlackHarness.button;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Answer on your own instead" beside the few-answer-sets warning, through the real Bolt app. */
class SlackAnswerAloneTest {

    private final SlackHarness h = new SlackHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void the_first_respondent_can_leave_the_assessment_and_answer_the_same_questionnaire_on_their_own() {
        String code = h.newAssessment("Fraud model");
        h.action("URESP", CHANNEL, false, "mlsec|open|" + code + "|security", button("security"), null, "open");
        FakeSlackApi.Call first = h.slack.awaitResponse("open", 1);
        assertThat(first.body()).contains("report reflects each answer", "Answer on your own instead");
        String alone = SlackHarness.actionId(first, "mlsec|alone|");

        h.action("URESP", CHANNEL, true, alone, button("alone"), null, "alone");

        assertThat(h.slack.awaitResponse("alone", 1).body()).contains("Your answers for the assessment were deleted. "
                + "You are now answering on your own").doesNotContain("mlsec|alone|");
        assertThat(h.core.runs().find(alone.split("\\|")[2])).isEmpty();
    }
}
