package dev.mlsec.assessor.questions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionSelectionTest {

    private final Question defences = QuestionnaireLoader.loadBundled().get(2).question("adversarial-defences").orElseThrow();

    @Test
    void an_exclusive_option_ticked_with_another_is_a_problem_that_names_it() {
        assertThat(defences.selectionProblem(List.of("adversarial-training", "none")))
                .contains("\"None of these\" cannot be chosen together with other answers; choose it alone, or untick it.");
    }

    @Test
    void an_exclusive_option_alone_is_fine() {
        assertThat(defences.selectionProblem(List.of("dont-know"))).isEmpty();
    }

    @Test
    void several_ordinary_options_together_are_fine() {
        assertThat(defences.selectionProblem(List.of("adversarial-training", "query-detection"))).isEmpty();
    }
}
