package dev.mlsec.assessor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Promises;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Before the first question of an assessment's questionnaire with fewer than k answer sets, the respondent is told. */
class FewAnswerSetsWarningTest {

    private final TestAssessor assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")));
    private final ConversationEngine engine = assessor.engine();
    private final Respondent lead = new Respondent(Platform.SLACK, "T0001", "U-LEAD");

    @AfterEach
    void close() {
        assessor.close();
    }

    private Reply.Prompt start(Respondent who, Optional<String> code) {
        return (Reply.Prompt) engine.handle(who, new Command.Start("pipeline", code));
    }

    private void complete(Respondent who, String code) {
        Reply.Prompt q = start(who, Optional.of(code));
        q = (Reply.Prompt) engine.handle(who, new Command.Answer(q.run().runId(), q.question().id(), List.of("customers")));
        q = (Reply.Prompt) engine.handle(who, new Command.Answer(q.run().runId(), q.question().id(), List.of("few")));
        q = (Reply.Prompt) engine.handle(who, new Command.Answer(q.run().runId(), q.question().id(), List.of("scores")));
        assertThat(engine.handle(who, new Command.Skip(q.run().runId(), "notes"))).isInstanceOf(Reply.Completed.class);
    }

    private Respondent member(int i) {
        return new Respondent(Platform.SLACK, "T0001", "U-MEMBER" + i);
    }

    @Test
    void the_first_respondent_of_an_assessment_is_told_that_the_report_reflects_each_answer() {
        String code = assessor.assessments().create(lead.spaceOf(), "fraud model").code();
        Reply.Prompt first = start(member(1), Optional.of(code));
        assertThat(first.notice()).isEqualTo(Notice.FEW_ANSWER_SETS);
        assertThat(first.notice().message()).contains("the lead's report reflects each answer")
                .contains("choose Answer on your own instead");
    }

    @Test
    void a_solo_run_is_never_warned_and_gets_the_plain_promise() {
        Reply.Prompt first = start(member(1), Optional.empty());
        assertThat(first.notice()).isEqualTo(Notice.STARTED);
        assertThat(first.notice().message()).isEqualTo(Promises.STARTED);
    }

    @Test
    void once_k_answer_sets_are_in_the_next_respondent_gets_the_plain_promise() {
        String code = assessor.assessments().create(lead.spaceOf(), "fraud model").code();
        int k = assessor.anonymity().k();
        for (int i = 0; i < k - 1; i++) {
            complete(member(i), code);
        }
        assertThat(start(member(100), Optional.of(code)).notice()).isEqualTo(Notice.FEW_ANSWER_SETS);
        complete(member(k - 1), code);
        assertThat(start(member(101), Optional.of(code)).notice()).isEqualTo(Notice.STARTED);
    }
}
