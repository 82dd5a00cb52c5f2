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

class RoundCommandsTest {

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

    /** Runs the command line; returns its exit code, with what it printed in {@link #out}. */
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
    void the_operator_opens_the_next_round_and_closes_a_round_and_closing_it_again_is_refused() {
        assertThat(run("assessment", "new", "fraud", "model")).isEqualTo(ExitCodes.OK);
        String first = printed();

        assertThat(run("assessment", "round", first)).isEqualTo(ExitCodes.OK);
        String second = printed();
        assertThat(second).matches("[A-Z0-9]+-[A-Z0-9]+").isNotEqualTo(first);

        assertThat(run("assessment", "close", first)).isEqualTo(ExitCodes.OK);
        assertThat(printed()).startsWith("Round 1 (`" + first + "`) is closed");

        assertThat(run("assessment", "close", first)).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).startsWith("mlsec-assessor: Round 1 (`" + first + "`) was closed already, on ");
    }

    @Test
    void an_unknown_code_is_refused_in_plain_words_and_nothing_is_opened() {
        assertThat(run("assessment", "round", "ZZZ-00000")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).startsWith("mlsec-assessor: I don't know that assessment code here.");
    }
}
