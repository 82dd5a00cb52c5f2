package dev.mlsec.assessor.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console's help, after its keys, says where the terminal's home is. */
class ConsoleHelpTest {

    @Test
    void console_help_ends_with_mlsec_home() {
        assertThat(ConsoleRenderer.help()).contains("abandon   give up this run and delete its answers\n")
                .endsWith("\u2022 `mlsec home`: your unfinished questionnaires to resume, the ones you can start and, "
                        + "for leads, the assessments with their progress\n");
    }
}
