package dev.mlsec.assessor.questions.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Effect;
import dev.mlsec.assessor.questions.ImpactLevel;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.catalogue.Catalogue;
import dev.mlsec.assessor.questions.catalogue.ControlKind;
import dev.mlsec.assessor.questions.load.CatalogueLoader;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundledQuestionnairesTest {

    private final List<Questionnaire> bundled = QuestionnaireLoader.loadBundled();
    private final Catalogue catalogue = CatalogueLoader.loadBundled();

    private Questionnaire named(String id) {
        return bundled.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Question> all() {
        return bundled.stream().flatMap(q -> q.questions().stream()).toList();
    }

    @Test
    void the_shipped_questionnaires_and_catalogue_lint_clean() {
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
    void risk_management_answers_are_organisational_measures_only() {
        Questionnaire q = named("risk-impact");
        List<Effect.Control> controls = q.section("risk-management").orElseThrow().questions().stream()
                .flatMap(x -> x.options().stream()).flatMap(o -> o.effects(Effect.Control.class).stream()).toList();
        assertThat(controls).isNotEmpty().allSatisfy(c ->
                assertThat(catalogue.control(c.id()).orElseThrow().kind()).isEqualTo(ControlKind.ORGANISATIONAL));
    }

    @Test
    void attack_surface_has_about_27_questions_in_the_four_stages() {
        Questionnaire q = named("attack-surface");
        assertThat(q.questions()).hasSizeBetween(24, 28);
        assertThat(q.sections()).extracting(s -> s.stage().orElseThrow().id())
                .containsExactly("data-collection", "design", "training", "deployment");
        assertThat(q.section("data-collection").orElseThrow().questions()).hasSizeBetween(7, 9);
        assertThat(q.section("design").orElseThrow().questions()).hasSizeBetween(3, 5);
        assertThat(q.section("training").orElseThrow().questions()).hasSizeBetween(6, 8);
        assertThat(q.section("deployment").orElseThrow().questions()).hasSizeBetween(5, 7);
        assertThat(q.dimension()).isEqualTo(Dimension.EXPOSURE);
    }

    @Test
    void security_has_about_14_questions_in_assessment_and_mitigation() {
        Questionnaire q = named("security");
        assertThat(q.questions()).hasSizeBetween(12, 16);
        assertThat(q.section("assessment").orElseThrow().questions()).hasSizeBetween(4, 6);
        assertThat(q.section("mitigation").orElseThrow().questions()).hasSizeBetween(9, 11);
        assertThat(q.dimension()).isEqualTo(Dimension.MITIGATION);
    }

    @Test
    void every_questionnaire_is_version_2_0_0_with_typed_effects() {
        assertThat(bundled).extracting(Questionnaire::version).containsOnly("2.0.0");
        assertThat(bundled).allSatisfy(q -> assertThat(q.typed()).isTrue());
    }

    @Test
    void each_fact_counted_twice_in_1_0_0_is_asked_once() {
        Set<String> ids = new java.util.HashSet<>(all().stream().map(Question::id).toList());
        assertThat(ids).doesNotContain("threat-modelling", "incident-response", "query-rate-limits", "automated-action");
        assertThat(named("security").question("adversarial-defences").orElseThrow().option("output-coarsening")).isEmpty();
    }

    @Test
    void a_dont_know_in_security_never_counts_as_a_defence_and_says_what_to_find_out() {
        List<Option> dontKnows = named("security").questions().stream().flatMap(q -> q.options().stream())
                .filter(Option::dontKnow).toList();
        assertThat(dontKnows).isNotEmpty().allSatisfy(o -> assertThat(o.effects(Effect.Control.class)).isEmpty());
    }

    @Test
    void every_none_and_dont_know_of_a_multiple_choice_question_is_exclusive() {
        List<Option> nones = all().stream().filter(q -> q.kind() instanceof QuestionKind.MultipleChoice)
                .flatMap(q -> q.options().stream())
                .filter(o -> o.dontKnow() || Set.of("none", "nobody", "minor", "public").contains(o.id()) && o.effects().isEmpty())
                .toList();
        assertThat(nones).isNotEmpty().allSatisfy(o -> assertThat(o.exclusive()).as(o.id()).isTrue());
    }

    @Test
    void output_detail_is_asked_whenever_an_outsider_sees_predictions_even_beside_internal_use() {
        Question detail = named("attack-surface").question("output-detail").orElseThrow();
        assertThat(detail.when().test(dev.mlsec.assessor.questions.Answers.none()
                .with("prediction-consumers", List.of("internal", "requester")))).isTrue();
        assertThat(detail.when().test(dev.mlsec.assessor.questions.Answers.none()
                .with("prediction-consumers", List.of("internal")))).isFalse();
    }

    @Test
    void simple_models_are_the_most_susceptible_to_poisoning_and_stealing_deep_ones_to_evasion() {
        Question family = named("attack-surface").question("model-family").orElseThrow();
        assertThat(susceptibility(family, "linear-trees", Attack.POISONING)).isGreaterThan(susceptibility(family, "deep-network", Attack.POISONING));
        assertThat(susceptibility(family, "linear-trees", Attack.STEALING)).isGreaterThan(susceptibility(family, "deep-network", Attack.STEALING));
        assertThat(susceptibility(family, "deep-network", Attack.EVASION)).isGreaterThan(susceptibility(family, "linear-trees", Attack.EVASION));
        Question base = named("attack-surface").question("pretrained-models").orElseThrow();
        for (Attack a : List.of(Attack.EVASION, Attack.STEALING, Attack.INFERENCE)) {
            assertThat(susceptibility(base, "public-base", a)).isGreaterThan(susceptibility(base, "none", a));
        }
    }

    private static double susceptibility(Question q, String option, Attack a) {
        return q.option(option).orElseThrow().effects(Effect.Susceptibility.class).stream().filter(s -> s.attack() == a)
                .mapToDouble(Effect.Susceptibility::factor).max().orElseThrow();
    }

    @Test
    void the_guide_s_two_branches_exist() {
        Questionnaire q = named("attack-surface");
        assertThat(q.question("customer-count").orElseThrow().when().referencedQuestions()).containsExactly("data-sources");
        assertThat(q.question("label-changes").orElseThrow().when().referencedQuestions()).containsExactly("labelling");
    }

    @Test
    void every_why_names_an_attack_it_bears_on() {
        List<Question> silent = all().stream()
                .filter(q -> !q.why().toLowerCase().matches("(?s).*(poison|evasion|evade|steal|stolen|cop(y|ied)|inference|inversion|extract|attack).*"))
                .toList();
        assertThat(silent).extracting(Question::id).isEmpty();
    }

    @Test
    void the_impact_section_asks_how_bad_each_attack_would_be_and_sets_its_level() {
        Questionnaire q = named("risk-impact");
        for (Attack attack : Attack.values()) {
            Question question = q.question("impact-" + attack.id()).orElseThrow();
            assertThat(question.kind()).isInstanceOf(QuestionKind.Scale.class);
            assertThat(question.options()).allSatisfy(o -> assertThat(o.effects(Effect.Impact.class))
                    .singleElement().satisfies(i -> assertThat(i.attack()).isEqualTo(attack)));
            assertThat(question.option("negligible").orElseThrow().effects(Effect.Impact.class).get(0).level())
                    .isEqualTo(ImpactLevel.NEGLIGIBLE);
        }
    }

    @Test
    void every_option_revealing_a_severe_weakness_names_the_missing_control() {
        List<String> without = bundled.stream().flatMap(q -> q.questions().stream()
                .flatMap(x -> x.options().stream()
                        .filter(o -> !o.dontKnow())
                        .filter(o -> o.effects().stream().anyMatch(e -> e instanceof Effect.Path p && p.strength() >= 0.8
                                || e instanceof Effect.WhiteBox w && w.factor() >= 0.8))
                        .filter(o -> o.effects(Effect.Gap.class).isEmpty())
                        .map(o -> x.id() + "/" + o.id())))
                .toList();
        assertThat(without).isEmpty();
    }
}
