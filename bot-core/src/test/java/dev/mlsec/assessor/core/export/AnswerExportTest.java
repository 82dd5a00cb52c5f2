package dev.mlsec.assessor.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerExportTest {

    @Test
    void cells_a_spreadsheet_would_run_as_a_formula_are_neutralised() {
        assertThat(AnswerExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AnswerExport.csvCell("+1")).isEqualTo("'+1");
        assertThat(AnswerExport.csvCell("-1")).isEqualTo("'-1");
        assertThat(AnswerExport.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AnswerExport.csvCell("\tx")).isEqualTo("'\tx");
        assertThat(AnswerExport.csvCell("in-house;web")).isEqualTo("in-house;web");
    }

    @Test
    void an_export_of_fewer_than_k_answer_sets_is_refused_with_how_many_more_are_needed() {
        try (TestAssessor assessor = TestAssessor.withBundledQuestionnaires()) {
            assertThatThrownBy(() -> assessor.exports().all(AnswerExport.Format.CSV, new StringWriter()))
                    .hasMessage("Not exported yet: 3 more completed answer sets are needed before this is shown, so no row can be traced to a person.");
        }
    }

    @Test
    void the_csv_has_one_row_per_completed_run_with_option_ids_per_question_and_no_pseudonym() {
        try (TestAssessor assessor = TestAssessor.withBundledQuestionnaires()) {
            for (String user : List.of("U1", "U2", "U3")) {
                Respondent who = new Respondent(Platform.SLACK, "T1", user);
                Reply reply = assessor.engine().handle(who, new Command.Start("security", Optional.empty()));
                while (reply instanceof Reply.Prompt p) {
                    reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                            List.of(p.question().options().get(0).id())));
                }
            }
            StringWriter csv = new StringWriter();
            assessor.exports().all(AnswerExport.Format.CSV, csv);
            List<String> lines = csv.toString().lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).startsWith("run_id,questionnaire,version,completed_on,assessment,risk-impact.");
            assertThat(lines.get(1)).contains(",security,2.0.0,");
            assertThat(csv.toString()).doesNotContain("respondentKey");
        }
    }
}
