package dev.mlsec.assessor.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Scoring;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleInputTest {

    private static Option option(String id) {
        return new Option(id, id, new Scoring(Dimension.EXPOSURE, Map.of()), Optional.empty(), Optional.empty(), false);
    }

    private static final Question SINGLE = new Question("source", "data", "Where from?", "Because.",
            new QuestionKind.SingleChoice(), List.of(option("a"), option("b"), option("c")), new Condition.Always(), false);

    private static final Question MULTIPLE = new Question("kinds", "data", "Which?", "Because.",
            new QuestionKind.MultipleChoice(1, 2), List.of(option("x"), option("y"), option("z")), new Condition.Always(), true);

    @Test
    void a_number_answers_with_that_option() {
        assertThat(ConsoleInput.parse(" 2 ", "s1", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Run(new Command.Answer("s1", "source", List.of("b"))));
    }

    @Test
    void numbers_separated_by_commas_answer_a_multiple_choice_without_duplicates() {
        assertThat(ConsoleInput.parse("3, 1,3", "s1", MULTIPLE))
                .isEqualTo(new ConsoleInput.Parsed.Run(new Command.Answer("s1", "kinds", List.of("z", "x"))));
    }

    @Test
    void more_numbers_than_the_question_allows_are_refused() {
        assertThat(ConsoleInput.parse("1,2", "s1", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("Choose just one number for this question."));
        assertThat(ConsoleInput.parse("1,2,3", "s1", MULTIPLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("Choose at most 2 options for this question."));
    }

    @Test
    void a_number_out_of_range_is_refused_with_the_range() {
        assertThat(ConsoleInput.parse("7", "s1", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("There is no option 7. Choose from 1 to 3 (h for help)."));
    }

    @Test
    void words_are_refused_without_echoing_control_characters() {
        assertThat(ConsoleInput.parse("yes\u0007", "s1", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("'yes?' is not an option number. Choose from 1 to 3 (h for help)."));
    }

    @Test
    void letters_map_to_navigation_commands_on_the_current_question() {
        assertThat(ConsoleInput.parse("b", "s1", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Back("s1", "source")));
        assertThat(ConsoleInput.parse("S", "s1", MULTIPLE)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Skip("s1", "kinds")));
        assertThat(ConsoleInput.parse("?", "s1", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Why("s1", "source")));
        assertThat(ConsoleInput.parse("q", "s1", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Quit());
        assertThat(ConsoleInput.parse("h", "s1", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Help());
    }

    @Test
    void an_empty_line_asks_for_a_number() {
        assertThat(ConsoleInput.parse("   ", "s1", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("Type the number of your answer (h for help)."));
    }

    @Test
    void an_overlong_line_is_refused() {
        assertThat(ConsoleInput.parse("1".repeat(500), "s1", SINGLE))
                .isInstanceOf(ConsoleInput.Parsed.Invalid.class);
    }
}
