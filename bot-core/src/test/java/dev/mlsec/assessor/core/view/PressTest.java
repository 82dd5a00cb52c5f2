package dev.mlsec.assessor.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import java.util.List;
import org.junit.jupiter.api.Test;

class PressTest {

    @Test
    void each_control_asks_the_engine_for_its_own_command_on_the_pressed_run_and_question() {
        assertThat(new Press(Control.ANSWER, "run", "q", List.of("a", "b")).command())
                .isEqualTo(new Command.Answer("run", "q", List.of("a", "b")));
        assertThat(new Press(Control.DONT_KNOW, "run", "q", List.of()).command()).isEqualTo(new Command.DontKnow("run", "q"));
        assertThat(new Press(Control.BACK, "run", "q", List.of()).command()).isEqualTo(new Command.Back("run", "q"));
        assertThat(new Press(Control.SKIP, "run", "q", List.of()).command()).isEqualTo(new Command.Skip("run", "q"));
        assertThat(new Press(Control.WHY, "run", "q", List.of()).command()).isEqualTo(new Command.Why("run", "q"));
        assertThat(new Press(Control.PAUSE, "run", "q", List.of()).command()).isEqualTo(new Command.Pause("run"));
        assertThat(new Press(Control.CONTINUE_ELSEWHERE, "run", "q", List.of()).command()).isEqualTo(new Command.Show("run"));
    }
}
