package dev.mlsec.assessor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScheduleCommandsTest {

    @RegisterExtension
    final OperatorCommandLine cli = new OperatorCommandLine();

    @Test
    void the_operator_schedules_rounds_is_told_they_open_only_in_serve_and_the_status_shows_the_next_due_day() {
        cli.run("assessment", "new", "fraud", "model");
        String code = cli.printed();

        assertThat(cli.run("assessment", "schedule", code, "every", "90d")).isEqualTo(ExitCodes.OK);
        assertThat(cli.printed()).startsWith("Round 2 of `" + code + "` opens by itself on ");
        assertThat(cli.saidOnStandardError()).contains(ScheduleCommands.ONLY_IN_SERVE);

        assertThat(cli.run("assessment", "status", code)).isEqualTo(ExitCodes.OK);
        assertThat(cli.printed()).contains("Completed so far: ").containsPattern("Next round due on \\d{4}-\\d{2}-\\d{2} \\(opened on schedule\\)\\.");

        assertThat(cli.run("assessment", "schedule", code, "off")).isEqualTo(ExitCodes.OK);
        cli.run("assessment", "status", code);
        assertThat(cli.printed()).doesNotContain("Next round");
    }

    @Test
    void an_absurd_interval_is_refused_in_one_sentence() {
        cli.run("assessment", "new", "fraud", "model");
        String code = cli.printed();

        assertThat(cli.run("assessment", "schedule", code, "every", "10000d")).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.errors()).isEqualTo("mlsec-assessor: An interval may be at most 730 days here." + System.lineSeparator());
        cli.run("assessment", "status", code);
        assertThat(cli.printed()).doesNotContain("Next round");
    }
}
