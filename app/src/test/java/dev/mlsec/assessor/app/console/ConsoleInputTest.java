package dev.mlsec.assessor.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.RunRef;
import dev.mlsec.assessor.core.view.PromptView;
import dev.mlsec.assessor.core.view.Surface;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Progress;
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

    private static PromptView shown(Question question) {
        RunRef run = new RunRef("s1", "q", "Questionnaire", Optional.empty(), Optional.empty());
        return PromptView.of(new Reply.Prompt(run, question, "Data", new Progress(2, 5, true, 1), List.of(), true, Notice.NONE),
                Optional.empty(), Surface.TERMINAL);
    }

    private static final Question SINGLE_QUESTION = new Question("source", "data", "Where from?", "Because.",
            new QuestionKind.SingleChoice(), List.of(option("a"), option("b"), option("c")), new Condition.Always(), false);

    private static final Question MULTIPLE_QUESTION = new Question("kinds", "data", "Which?", "Because.",
            new QuestionKind.MultipleChoice(1, 2), List.of(option("x"), option("y"), option("z")), new Condition.Always(), true);

    private static final PromptView SINGLE = shown(SINGLE_QUESTION);
    private static final PromptView MULTIPLE = shown(MULTIPLE_QUESTION);

    @Test
    void a_number_answers_with_that_option() {
        assertThat(ConsoleInput.parse(" 2 ", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Run(new Command.Answer("s1", "source", List.of("b"))));
    }

    @Test
    void numbers_separated_by_commas_answer_a_multiple_choice_without_duplicates() {
        assertThat(ConsoleInput.parse("3, 1,3", MULTIPLE))
                .isEqualTo(new ConsoleInput.Parsed.Run(new Command.Answer("s1", "kinds", List.of("z", "x"))));
    }

    @Test
    void more_numbers_than_the_question_allows_are_refused() {
        assertThat(ConsoleInput.parse("1,2", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("Choose just one number for this question."));
        assertThat(ConsoleInput.parse("1,2,3", MULTIPLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("Choose at most 2 options for this question."));
    }

    @Test
    void a_number_out_of_range_is_refused_with_the_range() {
        assertThat(ConsoleInput.parse("7", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("There is no option 7. Choose from 1 to 3 (h for help)."));
    }

    @Test
    void words_are_refused_without_echoing_control_characters() {
        assertThat(ConsoleInput.parse("yes\u0007", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("'yes?' is not an option number. Choose from 1 to 3 (h for help)."));
    }

    @Test
    void letters_map_to_navigation_commands_on_the_current_question() {
        assertThat(ConsoleInput.parse("b", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Back("s1", "source")));
        assertThat(ConsoleInput.parse("S", MULTIPLE)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Skip("s1", "kinds")));
        assertThat(ConsoleInput.parse("?", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Why("s1", "source")));
        assertThat(ConsoleInput.parse("q", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Pause("s1")));
        assertThat(ConsoleInput.parse("h", SINGLE)).isEqualTo(new ConsoleInput.Parsed.Help());
    }

    @Test
    void numbers_count_the_options_shown_so_a_dont_know_option_is_a_letter_of_its_own() {
        Question withDontKnow = new Question("source", "data", "Where from?", "Because.", new QuestionKind.SingleChoice(),
                List.of(option("a"), new Option("unsure", "I don't know", new Scoring(Dimension.EXPOSURE, Map.of()),
                        Optional.empty(), Optional.empty(), true), option("b")), new Condition.Always(), false);
        PromptView shown = shown(withDontKnow);

        assertThat(ConsoleInput.parse("2", shown)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.Answer("s1", "source", List.of("b"))));
        assertThat(ConsoleInput.parse("3", shown)).isInstanceOf(ConsoleInput.Parsed.Invalid.class);
        assertThat(ConsoleInput.parse("d", shown)).isEqualTo(new ConsoleInput.Parsed.Run(new Command.DontKnow("s1", "source")));
    }

    @Test
    void an_empty_line_asks_for_a_number() {
        assertThat(ConsoleInput.parse("   ", SINGLE))
                .isEqualTo(new ConsoleInput.Parsed.Invalid("Type the number of your answer (h for help)."));
    }

    @Test
    void an_overlong_line_is_refused() {
        assertThat(ConsoleInput.parse("1".repeat(500), SINGLE))
                .isInstanceOf(ConsoleInput.Parsed.Invalid.class);
    }
}
