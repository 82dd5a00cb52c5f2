package dev.mlsec.assessor.questions.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledQuestionnairesTest {

    private final List<Questionnaire> bundled = QuestionnaireLoader.loadBundled();

    private Questionnaire named(String id) {
        return bundled.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_shipped_questionnaires_lint_clean() {
        LintResult result = QuestionnaireLinter.lintBundled();

        assertThat(result.messages()).isEmpty();
        assertThat(result.questionnaires()).extracting(Questionnaire::id)
                .containsExactly("risk-impact", "attack-surface", "security");
    }

    @Test
    void risk_impact_has_14_to_18_questions_in_risk_management_and_impact() {
        Questionnaire q = named("risk-impact");

        assertThat(q.questions()).hasSizeBetween(14, 18);
        assertThat(q.sections()).extracting(s -> s.id()).containsExactly("risk-management", "impact");
        assertThat(q.dimension()).isEqualTo(Dimension.IMPACT);
    }

    @Test
    void risk_management_options_count_as_small_mitigation() {
        Questionnaire q = named("risk-impact");

        List<Option> options = q.section("risk-management").orElseThrow().questions().stream()
                .flatMap(question -> question.options().stream()).toList();

        assertThat(options).allSatisfy(o -> {
            assertThat(o.scoring().dimension()).isEqualTo(Dimension.MITIGATION);
            assertThat(o.scoring().weights().values()).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(0.2));
        });
    }

    @Test
    void attack_surface_has_about_24_questions_in_the_four_stages() {
        Questionnaire q = named("attack-surface");

        assertThat(q.questions()).hasSizeBetween(22, 26);
        assertThat(q.sections()).extracting(s -> s.stage().orElseThrow().id())
                .containsExactly("data-collection", "design", "training", "deployment");
        assertThat(q.section("data-collection").orElseThrow().questions()).hasSizeBetween(7, 9);
        assertThat(q.section("design").orElseThrow().questions()).hasSizeBetween(3, 5);
        assertThat(q.section("training").orElseThrow().questions()).hasSizeBetween(4, 6);
        assertThat(q.section("deployment").orElseThrow().questions()).hasSizeBetween(6, 8);
        assertThat(q.dimension()).isEqualTo(Dimension.EXPOSURE);
    }

    @Test
    void security_has_about_16_questions_in_assessment_and_mitigation() {
        Questionnaire q = named("security");

        assertThat(q.questions()).hasSizeBetween(14, 18);
        assertThat(q.section("assessment").orElseThrow().questions()).hasSizeBetween(4, 6);
        assertThat(q.section("mitigation").orElseThrow().questions()).hasSizeBetween(10, 12);
        assertThat(q.dimension()).isEqualTo(Dimension.MITIGATION);
    }

    @Test
    void every_questionnaire_is_version_1_0_0() {
        assertThat(bundled).extracting(Questionnaire::version).containsOnly("1.0.0");
    }

    @Test
    void a_dont_know_in_security_never_counts_as_a_defence_and_says_what_to_find_out() {
        List<Option> dontKnows = named("security").questions().stream()
                .flatMap(q -> q.dontKnowOption().stream()).toList();

        assertThat(dontKnows).isNotEmpty().allSatisfy(o -> {
            assertThat(o.scoring().weights().values()).containsOnly(0.0);
            assertThat(o.recommendation()).isPresent();
        });
    }

    @Test
    void a_dont_know_about_exposure_assumes_the_worst() {
        List<Option> dontKnows = named("attack-surface").questions().stream()
                .flatMap(q -> q.dontKnowOption().stream()).toList();

        assertThat(dontKnows).isNotEmpty().allSatisfy(o ->
                assertThat(o.scoring().weights().values()).anySatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(0.2)));
    }

    @Test
    void the_same_measure_is_recommended_in_the_same_words() {
        long rateLimitTexts = bundled.stream().flatMap(q -> q.questions().stream())
                .flatMap(q -> q.options().stream()).flatMap(o -> o.recommendation().stream())
                .filter(r -> r.toLowerCase().startsWith("rate-limit")).distinct().count();

        assertThat(rateLimitTexts).isEqualTo(1);
    }

    @Test
    void the_guide_s_two_branches_exist() {
        Questionnaire q = named("attack-surface");
        Question customerCount = q.question("customer-count").orElseThrow();
        Question labelChanges = q.question("label-changes").orElseThrow();

        assertThat(customerCount.when().referencedQuestions()).containsExactly("data-sources");
        assertThat(labelChanges.when().referencedQuestions()).containsExactly("labelling");
    }

    @Test
    void every_why_names_an_attack_it_bears_on() {
        List<Question> silent = bundled.stream().flatMap(q -> q.questions().stream())
                .filter(q -> !q.why().toLowerCase().matches("(?s).*(poison|evasion|evade|steal|stolen|cop(y|ied)|inference|inversion|extract).*"))
                .toList();

        assertThat(silent).extracting(Question::id).isEmpty();
    }

    @Test
    void the_impact_section_asks_how_bad_each_attack_would_be() {
        Questionnaire q = named("risk-impact");

        for (Attack attack : Attack.values()) {
            Question question = q.question("impact-" + attack.id()).orElseThrow();
            assertThat(question.kind()).isInstanceOf(QuestionKind.Scale.class);
            assertThat(question.options()).allSatisfy(o -> assertThat(o.scoring().weights()).containsOnlyKeys(attack));
        }
    }

    @Test
    void every_option_revealing_a_severe_weakness_recommends_a_measure() {
        List<String> without = bundled.stream().filter(q -> q.dimension() != Dimension.MITIGATION)
                .flatMap(q -> q.questions().stream())
                .flatMap(q -> q.options().stream()
                        .filter(o -> o.scoring().dimension() != Dimension.MITIGATION)
                        .filter(o -> o.scoring().weights().values().stream().anyMatch(w -> w >= 0.5))
                        .filter(o -> o.recommendation().isEmpty() && !o.dontKnow())
                        .map(o -> q.id() + "/" + o.id()))
                .toList();

        assertThat(without).isEmpty();
    }
}
