package dev.mlsec.assessor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code assessment new NAME --private} through the lead desk, and the report it then gives the operator. */
class PrivateAssessmentCommandTest {

    @RegisterExtension
    final OperatorCommandLine cli = new OperatorCommandLine();

    @Test
    void a_private_assessments_report_shows_no_scores_and_says_how_many_more_answer_sets_each_questionnaire_needs() {
        assertThat(cli.run("assessment", "new", "fraud", "model", "--private")).isEqualTo(ExitCodes.OK);
        String code = cli.printed();

        assertThat(cli.run("report", code)).isEqualTo(ExitCodes.OK);

        assertThat(cli.printed()).contains("# ML security assessment: fraud model", "This assessment is private: its scores "
                + "are withheld until each questionnaire has at least 5 completed answer sets. Still needed: ")
                .doesNotContain("--private");
    }

    @Test
    void an_unknown_option_of_new_is_refused_and_nothing_is_created() {
        assertThat(cli.run("assessment", "new", "fraud", "model", "--secret")).isNotEqualTo(ExitCodes.OK);
        assertThat(cli.errors()).contains("Unknown option: '--secret'");
        assertThat(cli.printed()).isEmpty();
    }
}
