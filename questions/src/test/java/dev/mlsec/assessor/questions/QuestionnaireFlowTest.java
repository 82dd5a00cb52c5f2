package dev.mlsec.assessor.questions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireFlowTest {

    private static final String YAML = """
            id: flow
            version: 1.0.0
            title: Flow
            audience: Tests
            intro: Branching.
            dimension: exposure
            sections:
              - id: data
                title: Data
                stage: data-collection
                questions:
                  - id: data-sources
                    kind: multiple
                    text: Where from?
                    why: Poisoning.
                    options:
                      - {id: in-house, label: In-house, scores: {poisoning: 0}}
                      - {id: customers, label: Customers, scores: {poisoning: 0.4}}
                  - id: customer-count
                    when: {question: data-sources, anyOf: [customers]}
                    text: How many?
                    why: Poisoning.
                    options:
                      - {id: one, label: One, scores: {poisoning: 0.1}}
                      - {id: many, label: Many, scores: {poisoning: 0.3}}
                  - id: customer-share
                    when:
                      allOf:
                        - {question: data-sources, anyOf: [customers]}
                        - not: {question: customer-count, anyOf: [one]}
                    text: Capped?
                    why: Poisoning.
                    options:
                      - {id: capped, label: Capped, scores: {poisoning: 0}}
                      - {id: uncapped, label: Uncapped, scores: {poisoning: 0.4}}
                  - id: storage
                    text: Where stored?
                    why: Poisoning.
                    options:
                      - {id: restricted, label: Restricted, scores: {poisoning: 0}}
                      - {id: broad, label: Broad, scores: {poisoning: 0.4}}
            """;

    private final QuestionnaireFlow flow =
            new QuestionnaireFlow(QuestionnaireLoader.load("flow.yaml", YAML.getBytes(StandardCharsets.UTF_8)));

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    private static final Answers CUSTOMERS = Answers.none().with("data-sources", List.of("customers"));
    private static final Answers ALL_ANSWERED = CUSTOMERS
            .with("customer-count", List.of("many"))
            .with("customer-share", List.of("capped"))
            .with("storage", List.of("restricted"));

    @Test
    void a_branch_is_hidden_while_its_condition_does_not_hold() {
        Answers inHouse = Answers.none().with("data-sources", List.of("in-house"));

        assertThat(ids(flow.shown(inHouse))).containsExactly("data-sources", "storage");
    }

    @Test
    void a_branch_is_shown_when_its_condition_holds() {
        assertThat(ids(flow.shown(CUSTOMERS))).containsExactly("data-sources", "customer-count", "customer-share", "storage");
    }

    @Test
    void a_nested_condition_hides_a_question_when_its_negated_part_holds() {
        Answers one = CUSTOMERS.with("customer-count", List.of("one"));

        assertThat(flow.isShown(one, "customer-share")).isFalse();
    }

    @Test
    void changing_an_earlier_answer_drops_answers_on_branches_that_no_longer_apply() {
        Answers changed = ALL_ANSWERED.with("data-sources", List.of("in-house"));

        assertThat(flow.prune(changed).byQuestion()).containsOnlyKeys("data-sources", "storage");
    }

    @Test
    void changing_an_answer_keeps_the_answers_that_still_apply() {
        Answers changed = ALL_ANSWERED.with("customer-count", List.of("one"));

        assertThat(flow.prune(changed).byQuestion()).containsOnlyKeys("data-sources", "customer-count", "storage");
        assertThat(flow.prune(changed).chosen("storage")).containsExactly("restricted");
    }

    @Test
    void progress_is_approximate_while_a_conditional_question_is_undecided() {
        assertThat(flow.progress(CUSTOMERS, "customer-count").label()).isEqualTo("Question 2 of ~4");
    }

    @Test
    void progress_is_approximate_before_the_first_answer() {
        assertThat(flow.progress(Answers.none(), "data-sources").label()).isEqualTo("Question 1 of ~2");
    }

    @Test
    void progress_is_exact_once_the_branches_are_decided() {
        Answers decided = CUSTOMERS.with("customer-count", List.of("many"));

        assertThat(flow.progress(decided, "customer-share").label()).isEqualTo("Question 3 of 4");
    }

    @Test
    void progress_is_exact_when_a_branch_was_closed_by_an_earlier_answer() {
        Answers inHouse = Answers.none().with("data-sources", List.of("in-house"));

        assertThat(flow.progress(inHouse, "storage").label()).isEqualTo("Question 2 of 2");
    }

    @Test
    void next_is_the_first_shown_question_without_an_answer() {
        assertThat(flow.next(Answers.none())).map(Question::id).contains("data-sources");
        assertThat(flow.next(CUSTOMERS)).map(Question::id).contains("customer-count");
        assertThat(flow.next(Answers.none().with("data-sources", List.of("in-house")))).map(Question::id).contains("storage");
    }

    @Test
    void previous_skips_questions_that_are_not_shown() {
        Answers inHouse = Answers.none().with("data-sources", List.of("in-house"));

        assertThat(flow.previous(inHouse, "storage")).map(Question::id).contains("data-sources");
        assertThat(flow.previous(ALL_ANSWERED, "storage")).map(Question::id).contains("customer-share");
    }

    @Test
    void the_first_question_has_no_previous() {
        assertThat(flow.previous(CUSTOMERS, "data-sources")).isEmpty();
    }

    @Test
    void the_questionnaire_is_complete_when_every_shown_question_is_answered() {
        assertThat(flow.isComplete(ALL_ANSWERED)).isTrue();
        assertThat(flow.isComplete(CUSTOMERS)).isFalse();
        assertThat(flow.isComplete(Answers.none().with("data-sources", List.of("in-house")).with("storage", List.of("broad"))))
                .isTrue();
    }
}
