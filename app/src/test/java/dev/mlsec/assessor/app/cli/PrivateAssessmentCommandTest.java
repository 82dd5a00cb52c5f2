package dev.mlsec.assessor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code assessment new NAME --private} through the lead desk, and the report it then gives the operator. */
class PrivateAssessmentCommandTest {

    @TempDir
    Path data;

    private final StringWriter err = new StringWriter();
    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private ByteArrayOutputStream out;

    @BeforeEach
    void capture() {
        System.setProperty("mlsec.data-dir", data.toString());
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
        System.clearProperty("mlsec.data-dir");
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        CommandLine cli = MlsecCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        System.setOut(stdout);
        System.setErr(stderr);
        return code;
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void a_private_assessments_report_shows_no_scores_and_says_how_many_more_answer_sets_each_questionnaire_needs() {
        assertThat(run("assessment", "new", "fraud", "model", "--private")).isEqualTo(ExitCodes.OK);
        String code = printed();

        assertThat(run("report", code)).isEqualTo(ExitCodes.OK);

        assertThat(printed()).contains("# ML security assessment: fraud model", "This assessment is private: its scores "
                + "are withheld until each questionnaire has at least 5 completed answer sets. Still needed: ")
                .doesNotContain("--private");
    }

    @Test
    void an_unknown_option_of_new_is_refused_and_nothing_is_created() {
        assertThat(run("assessment", "new", "fraud", "model", "--secret")).isNotEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("Unknown option: '--secret'");
        assertThat(printed()).isEmpty();
    }
}
