package dev.mlsec.assessor.questions.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Stage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuestionnaireLoaderTest {

    private static final String VALID = """
            id: sample
            version: 1.0.0
            title: Sample
            audience: Tests
            intro: A sample.
            dimension: exposure
            sections:
              - id: data
                title: Data
                stage: data-collection
                questions:
                  - id: data-sources
                    kind: multiple
                    min: 1
                    text: Where does the data come from?
                    why: Outside sources invite poisoning.
                    options:
                      - id: in-house
                        label: In-house
                        scores: {poisoning: 0}
                      - id: customers
                        label: Customers
                        scores: {poisoning: 0.4, inference: 0.3}
                        recommendation: Authenticate data sources.
                      - id: dont-know
                        label: Don't know
                        dontKnow: true
                        stage: training
                        scores: {poisoning: 0.45}
                  - id: customer-count
                    when: {question: data-sources, anyOf: [customers]}
                    text: How many customers?
                    why: Each is a possible poisoner.
                    options:
                      - id: few
                        label: Few
                        scores: {poisoning: 0.1}
                      - id: many
                        label: Many
                        scores: {poisoning: 0.3}
            """;

    private static Questionnaire load(String yaml) {
        return QuestionnaireLoader.load("sample.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String failure(String yaml) {
        try {
            load(yaml);
        } catch (QuestionnaireFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a format error");
    }

    @Test
    void a_valid_definition_becomes_the_model() {
        Questionnaire q = load(VALID);

        assertThat(q.id()).isEqualTo("sample");
        assertThat(q.dimension()).isEqualTo(Dimension.EXPOSURE);
        Question sources = q.question("data-sources").orElseThrow();
        assertThat(sources.kind()).isEqualTo(new QuestionKind.MultipleChoice(1, 3));
        Option customers = sources.option("customers").orElseThrow();
        assertThat(customers.scoring().weight(Attack.INFERENCE)).isEqualTo(0.3);
        assertThat(customers.stage()).contains(Stage.DATA_COLLECTION);
        assertThat(customers.recommendation()).contains("Authenticate data sources.");
        assertThat(sources.dontKnowOption().orElseThrow().stage()).contains(Stage.TRAINING);
        assertThat(q.question("customer-count").orElseThrow().when())
                .isEqualTo(new Condition.Chosen("data-sources", Condition.Match.ANY_OF, java.util.List.of("customers")));
    }

    @Test
    void an_unknown_key_is_refused_with_the_allowed_keys() {
        assertThat(failure(VALID.replace("        text: How many customers?", "        txt: How many customers?")))
                .isEqualTo("sample.yaml: question 'customer-count': unknown key 'txt'; allowed here: id, kind, max, min,"
                        + " options, skippable, text, when, why");
    }

    @Test
    void a_missing_field_is_named() {
        assertThat(failure(VALID.replace("title: Sample\n", "")))
                .isEqualTo("sample.yaml: 'title' is missing");
    }

    @Test
    void a_weight_above_one_is_refused() {
        assertThat(failure(VALID.replace("{poisoning: 0.3}", "{poisoning: 3}")))
                .isEqualTo("sample.yaml: question 'customer-count', option 'many': the weight of 'poisoning' must be a number from 0 to 1");
    }

    @Test
    void a_weight_for_an_unknown_attack_is_refused() {
        assertThat(failure(VALID.replace("{poisoning: 0.3}", "{phishing: 0.3}")))
                .isEqualTo("sample.yaml: question 'customer-count', option 'many': 'phishing' is not an attack; use poisoning, evasion, stealing or inference");
    }

    @Test
    void an_unknown_stage_is_refused() {
        assertThat(failure(VALID.replace("stage: data-collection", "stage: collection")))
                .isEqualTo("sample.yaml: section 'data': 'stage' must be one of data-collection, design, training, deployment, not 'collection'");
    }

    @Test
    void invalid_yaml_is_refused_without_a_stack_trace() {
        assertThat(failure("id: sample\nsections: [unclosed\n"))
                .startsWith("sample.yaml: not valid YAML: ");
    }

    @Test
    void a_bare_no_as_label_stays_the_word_the_author_wrote() {
        Questionnaire q = load(VALID.replace("label: Few", "label: No"));
        assertThat(q.question("customer-count").orElseThrow().option("few").orElseThrow().label()).isEqualTo("No");
    }

    @Test
    void a_boolean_where_text_belongs_asks_for_quotes() {
        assertThat(failure(VALID.replace("label: Few", "label: true")))
                .isEqualTo("sample.yaml: question 'customer-count', option 'few': 'label' must be text, not true or false;"
                        + " put the text in quotes");
    }

    @Test
    void the_content_hash_is_the_same_for_crlf_and_lf_line_ends() {
        Questionnaire lf = load(VALID);
        Questionnaire crlf = load(VALID.replace("\n", "\r\n"));

        assertThat(crlf.hash()).isEqualTo(lf.hash()).hasSize(64);
    }

    @Test
    void the_content_hash_changes_when_a_label_changes() {
        Questionnaire before = load(VALID);
        Questionnaire after = load(VALID.replace("label: Many", "label: Very many"));

        assertThat(after.hash()).isNotEqualTo(before.hash());
    }
}
