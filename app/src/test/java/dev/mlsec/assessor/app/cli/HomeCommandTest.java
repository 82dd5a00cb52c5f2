package dev.mlsec.assessor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.home.HomeService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeCommandTest {

    @TempDir
    Path data;

    private final PrintStream stdout = System.out;

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.clearProperty("mlsec.data-dir");
    }

    @Test
    void mlsec_home_in_a_fresh_terminal_says_nothing_is_open_and_how_to_start_each_questionnaire() {
        System.setProperty("mlsec.data-dir", data.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(MlsecCli.commandLine().execute("home")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(HomeService.OPEN_RUNS + ":")
                .contains(HomeService.NOTHING_OPEN).contains("Start: mlsec console --questionnaire security")
                .contains("Names and ids are never stored").doesNotContain("(for leads)");
    }
}
