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

class ScheduleCommandsTest {

    @TempDir
    Path data;

    private final StringWriter err = new StringWriter();
    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream said;

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
        said = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
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
    void the_operator_schedules_rounds_is_told_they_open_only_in_serve_and_the_status_shows_the_next_due_day() {
        run("assessment", "new", "fraud", "model");
        String code = printed();

        assertThat(run("assessment", "schedule", code, "every", "90d")).isEqualTo(ExitCodes.OK);
        assertThat(printed()).startsWith("Round 2 of `" + code + "` opens by itself on ");
        assertThat(said.toString(StandardCharsets.UTF_8)).contains(ScheduleCommands.ONLY_IN_SERVE);

        assertThat(run("assessment", "status", code)).isEqualTo(ExitCodes.OK);
        assertThat(printed()).contains("Completed so far: ").containsPattern("Next round due on \\d{4}-\\d{2}-\\d{2} \\(opened on schedule\\)\\.");

        assertThat(run("assessment", "schedule", code, "off")).isEqualTo(ExitCodes.OK);
        run("assessment", "status", code);
        assertThat(printed()).doesNotContain("Next round");
    }

    @Test
    void an_absurd_interval_is_refused_in_one_sentence() {
        run("assessment", "new", "fraud", "model");
        String code = printed();

        assertThat(run("assessment", "schedule", code, "every", "10000d")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).isEqualTo("mlsec-assessor: An interval may be at most 730 days here." + System.lineSeparator());
        run("assessment", "status", code);
        assertThat(printed()).doesNotContain("Next round");
    }
}
