package dev.mlsec.assessor.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final Space acme = new Space(Platform.SLACK, "T-ACME");
    private final Space other = new Space(Platform.SLACK, "T-OTHER");
    private final Assessment fraud = assessor.assessments().create(acme, "fraud model v3");

    @AfterEach
    void close() {
        assessor.close();
    }

    private void complete(String user, String questionnaire) {
        Respondent who = new Respondent(Platform.SLACK, "T-ACME", user);
        Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(fraud.code())));
        while (reply instanceof Reply.Prompt p) {
            reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                    List.of(p.question().options().get(0).id())));
        }
    }

    @Test
    void scores_are_withheld_until_every_questionnaire_has_an_answer_set_and_the_report_says_what_is_missing() {
        complete("U1", "risk-impact");
        AssessmentReport report = assessor.reports().report(acme, fraud.code());
        assertThat(report.picture()).isEmpty();
        assertThat(report.withheld()).contains("Scores appear once every questionnaire has at least one completed answer set."
                + " Still missing: Attack surface and vulnerabilities, Security of your ML system.");
        assertThat(report.coverage()).extracting(Coverage::completedRuns).containsExactly(1, 0, 0);
    }

    @Test
    void with_one_answer_set_per_questionnaire_the_lead_sees_all_four_attacks_scored() {
        complete("U1", "risk-impact");
        complete("U2", "attack-surface");
        complete("U3", "security");
        AssessmentReport report = assessor.reports().report(acme, fraud.code());
        assertThat(report.picture()).isPresent();
        assertThat(report.picture().get().attacks()).hasSize(4);
        assertThat(report.picture().get().recommendations()).isNotEmpty();
        assertThat(JsonReport.render(report)).contains("\"poisoning\"", "\"residual\"", "\"band\"");
    }

    @Test
    void another_workspace_cannot_read_the_report_and_is_told_exactly_as_for_an_unknown_code() {
        assertThatThrownBy(() -> assessor.reports().report(other, fraud.code()))
                .isInstanceOf(AssessorException.class)
                .hasMessage(AssessorException.unknownCode().getMessage());
        assertThatThrownBy(() -> assessor.reports().report(acme, "ZZZ-00000"))
                .hasMessage(AssessorException.unknownCode().getMessage());
    }

    @Test
    void the_status_line_counts_completed_answer_sets_and_nothing_else() {
        complete("U1", "security");
        assertThat(assessor.reports().status(acme, fraud.code().toLowerCase()).line())
                .isEqualTo("Completed so far: Risk and impact assessment 0 · Attack surface and vulnerabilities 0 · Security of your ML system 1");
    }

    @Test
    void the_html_report_escapes_the_system_name() {
        Assessment xss = assessor.assessments().create(acme, "<script>alert(1)</script>");
        String html = HtmlReport.render(assessor.reports().report(acme, xss.code()), new byte[0], new byte[0]);
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
