package dev.mlsec.assessor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoundCommandsTest {

    @RegisterExtension
    final OperatorCommandLine cli = new OperatorCommandLine();

    @Test
    void the_operator_opens_the_next_round_and_closes_a_round_and_closing_it_again_is_refused() {
        assertThat(cli.run("assessment", "new", "fraud", "model")).isEqualTo(ExitCodes.OK);
        String first = cli.printed();

        assertThat(cli.run("assessment", "round", first)).isEqualTo(ExitCodes.OK);
        String second = cli.printed();
        assertThat(second).matches("[A-Z0-9]+-[A-Z0-9]+").isNotEqualTo(first);

        assertThat(cli.run("assessment", "close", first)).isEqualTo(ExitCodes.OK);
        assertThat(cli.printed()).startsWith("Round 1 (`" + first + "`) is closed");

        assertThat(cli.run("assessment", "close", first)).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.errors()).startsWith("mlsec-assessor: Round 1 (`" + first + "`) was closed already, on ");
    }

    @Test
    void an_unknown_code_is_refused_in_plain_words_and_nothing_is_opened() {
        assertThat(cli.run("assessment", "round", "ZZZ-00000")).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.errors()).startsWith("mlsec-assessor: I don't know that assessment code here.");
    }
}
