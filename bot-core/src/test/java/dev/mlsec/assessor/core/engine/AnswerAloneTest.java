package dev.mlsec.assessor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Answer on your own instead": the assessment's run is deleted and the same questionnaire begins on one's own. */
class AnswerAloneTest {

    private final TestAssessor assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")));
    private final ConversationEngine engine = assessor.engine();
    private final Respondent lead = new Respondent(Platform.SLACK, "T0001", "U-LEAD");
    private final Respondent member = new Respondent(Platform.SLACK, "T0001", "U-MEMBER");
    private final String code = assessor.assessments().create(lead.spaceOf(), "fraud model").code();

    @AfterEach
    void close() {
        assessor.close();
    }

    private Reply.Prompt start(Optional<String> assessment) {
        return (Reply.Prompt) engine.handle(member, new Command.Start("pipeline", assessment));
    }

    @Test
    void pressing_it_deletes_the_assessments_run_and_begins_the_same_questionnaire_on_ones_own() {
        Reply.Prompt first = start(Optional.of(code));
        assertThat(first.notice()).isEqualTo(Notice.FEW_ANSWER_SETS);
        Reply.Prompt second = (Reply.Prompt) engine.handle(member, new Command.Answer(first.run().runId(),
                first.question().id(), List.of("customers")));

        Reply.Prompt alone = (Reply.Prompt) engine.handle(member, new Command.AnswerAlone(second.run().runId()));

        assertThat(alone.notice()).isEqualTo(Notice.ON_YOUR_OWN);
        assertThat(alone.notice().message()).startsWith("Your answers for the assessment were deleted. You are now "
                + "answering on your own: these answers count toward no assessment.");
        assertThat(alone.run().assessmentCode()).isEmpty();
        assertThat(alone.run().questionnaireId()).isEqualTo("pipeline");
        assertThat(alone.run().runId()).isNotEqualTo(first.run().runId());
        assertThat(alone.question().id()).isEqualTo(first.question().id());
        assertThat(assessor.runs().find(first.run().runId())).isEmpty();
        assertThat(assessor.dump()).as("the deleted answer").doesNotContain("customers");
    }

    @Test
    void pressing_it_again_finds_no_run_and_changes_nothing() {
        Reply.Prompt first = start(Optional.of(code));
        engine.handle(member, new Command.AnswerAlone(first.run().runId()));
        String before = assessor.dump();

        Reply again = engine.handle(member, new Command.AnswerAlone(first.run().runId()));

        assertThat(again).isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.reason()).isEqualTo(Refusal.NO_RUN));
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void on_a_run_already_on_ones_own_it_shows_the_question_and_deletes_nothing() {
        Reply.Prompt solo = start(Optional.empty());
        String before = assessor.dump();

        Reply shown = engine.handle(member, new Command.AnswerAlone(solo.run().runId()));

        assertThat(shown).isInstanceOfSatisfying(Reply.Prompt.class, p -> assertThat(p.run().runId()).isEqualTo(solo.run().runId()));
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void another_persons_run_is_answered_like_an_unknown_one_and_kept() {
        Reply.Prompt first = start(Optional.of(code));
        String before = assessor.dump();

        Reply forged = engine.handle(lead, new Command.AnswerAlone(first.run().runId()));

        assertThat(forged).isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.reason()).isEqualTo(Refusal.NO_RUN));
        assertThat(assessor.dump()).isEqualTo(before);
    }
}
