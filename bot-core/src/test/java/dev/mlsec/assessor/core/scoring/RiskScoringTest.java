package dev.mlsec.assessor.core.scoring;

import static dev.mlsec.assessor.core.scoring.Personas.HOSPITAL_TRIAGE;
import static dev.mlsec.assessor.core.scoring.Personas.INTERNAL_BATCH;
import static dev.mlsec.assessor.core.scoring.Personas.ON_DEVICE_SPAM;
import static dev.mlsec.assessor.core.scoring.Personas.PUBLIC_API_HARDENED;
import static dev.mlsec.assessor.core.scoring.Personas.PUBLIC_API_OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.Coverage;
import dev.mlsec.assessor.core.report.JsonReport;
import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The five personas of {@link Personas}, each expected band or ordering written from what is known of
 * attacks on such systems before the model was run; the golden files hold the whole picture.
 */
class RiskScoringTest {

    static final List<Questionnaire> ALL = Personas.ALL;

    /** The golden JSON of a picture; regenerate with -Dgolden.update=true after a deliberate change. */
    static void assertGolden(String name, RiskPicture picture) throws IOException {
        AssessmentReport report = new AssessmentReport("FRD-7K2QX", name, LocalDate.of(2026, 11, 28),
                List.of(new Coverage("all", "all", "all", 0)), Optional.of(picture), Optional.empty());
        String json = JsonReport.render(report).replace("\r\n", "\n") + "\n";
        Path file = Path.of("src/test/resources/golden/" + name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Band band(Personas.Persona p, Attack a) {
        return p.picture().score(a).band();
    }

    private static int residual(Personas.Persona p, Attack a) {
        return p.picture().score(a).residual();
    }

    @Test
    void every_persona_matches_its_golden_picture() throws IOException {
        for (Personas.Persona p : Personas.ALL_PERSONAS) {
            assertGolden(p.id(), p.picture());
        }
    }

    @Test
    void an_anonymous_api_with_full_scores_and_no_defences_is_critical_to_stealing_and_at_least_high_to_poisoning_and_evasion() {
        assertThat(band(PUBLIC_API_OPEN, Attack.STEALING)).isEqualTo(Band.CRITICAL);
        assertThat(band(PUBLIC_API_OPEN, Attack.EVASION)).isIn(Band.HIGH, Band.CRITICAL);
        assertThat(band(PUBLIC_API_OPEN, Attack.POISONING)).isIn(Band.HIGH, Band.CRITICAL);
        assertThat(band(PUBLIC_API_OPEN, Attack.INFERENCE)).isIn(Band.MEDIUM, Band.HIGH);
    }

    @Test
    void hardening_the_same_api_lowers_every_attack_by_at_least_one_band_and_stealing_to_medium_or_below() {
        for (Attack a : Attack.values()) {
            assertThat(band(PUBLIC_API_HARDENED, a).ordinal()).as(a.id()).isLessThan(band(PUBLIC_API_OPEN, a).ordinal());
        }
        assertThat(band(PUBLIC_API_HARDENED, Attack.STEALING)).isIn(Band.LOW, Band.MEDIUM);
    }

    @Test
    void an_internal_batch_model_on_in_house_data_with_trusted_inputs_and_consumers_is_low_on_every_attack() {
        assertThat(INTERNAL_BATCH.picture().attacks()).allSatisfy(s -> assertThat(s.band()).isEqualTo(Band.LOW));
    }

    @Test
    void a_hospital_triage_model_reached_only_by_staff_stays_below_critical_but_above_the_internal_batch_model() {
        assertThat(HOSPITAL_TRIAGE.picture().attacks()).allSatisfy(s -> assertThat(s.band()).isNotEqualTo(Band.CRITICAL));
        for (Attack a : List.of(Attack.POISONING, Attack.EVASION, Attack.INFERENCE)) {
            assertThat(residual(HOSPITAL_TRIAGE, a)).as(a.id()).isGreaterThan(residual(INTERNAL_BATCH, a));
        }
        assertThat(residual(HOSPITAL_TRIAGE, Attack.INFERENCE)).isGreaterThan(residual(HOSPITAL_TRIAGE, Attack.STEALING));
    }

    @Test
    void a_model_shipped_inside_an_app_is_exposed_to_stealing_and_evasion_whatever_its_query_limits() {
        assertThat(band(ON_DEVICE_SPAM, Attack.EVASION)).isIn(Band.HIGH, Band.CRITICAL);
        assertThat(band(ON_DEVICE_SPAM, Attack.STEALING)).isIn(Band.MEDIUM, Band.HIGH, Band.CRITICAL);
        assertThat(ON_DEVICE_SPAM.picture().score(Attack.STEALING).exposure())
                .isGreaterThan(PUBLIC_API_HARDENED.picture().score(Attack.STEALING).exposure());
        assertThat(band(ON_DEVICE_SPAM, Attack.POISONING)).isIn(Band.MEDIUM, Band.HIGH, Band.CRITICAL);
    }

    @Test
    void the_top_recommendation_of_the_on_device_model_is_to_keep_it_on_a_server() {
        assertThat(ON_DEVICE_SPAM.picture().recommendations().get(0).controlId()).isEqualTo("server-side-model");
    }

    @Test
    void defences_already_in_place_are_never_recommended() {
        List<String> hardened = PUBLIC_API_HARDENED.picture().recommendations().stream().map(Recommendation::controlId).toList();
        assertThat(hardened).doesNotContain("adversarial-training", "adversarial-input-detection", "query-limits",
                "output-coarsening", "data-sanitisation", "release-gate", "query-pattern-detection");
        List<String> hospital = HOSPITAL_TRIAGE.picture().recommendations().stream().map(Recommendation::controlId).toList();
        assertThat(hospital).doesNotContain("human-review");
    }

    @Test
    void with_none_of_the_defences_ticked_each_relevant_defence_is_recommended() {
        List<String> open = PUBLIC_API_OPEN.picture().recommendations().stream().map(Recommendation::controlId).toList();
        assertThat(open).contains("adversarial-training", "query-pattern-detection", "robust-training", "input-restoration");
        assertThat(open).doesNotContain("watermarking");
    }

    @Test
    void recommendations_are_ranked_by_the_residual_risk_they_take_away_each_once() {
        List<Recommendation> recs = PUBLIC_API_OPEN.picture().recommendations();
        assertThat(recs).isSortedAccordingTo((x, y) -> Integer.compare(y.reduction(), x.reduction()));
        assertThat(recs.stream().map(Recommendation::controlId).toList()).doesNotHaveDuplicates();
    }

    @Test
    void every_recommendation_cites_owasp_and_either_atlas_or_says_it_has_no_atlas_mitigation() {
        for (Personas.Persona p : Personas.ALL_PERSONAS) {
            for (Recommendation r : p.picture().recommendations()) {
                assertThat(r.owasp()).as(r.controlId()).isNotEmpty();
                if (r.organisational()) {
                    assertThat(r.atlas()).as(r.controlId()).isEmpty();
                    assertThat(r.citation()).contains("organisational, no ATLAS mitigation");
                }
            }
        }
    }

    @Test
    void every_attack_names_its_nist_class_and_atlas_techniques() {
        RiskPicture p = PUBLIC_API_OPEN.picture();
        assertThat(p.profiles().get(Attack.EVASION).nist()).containsExactly("NIST-2.2");
        assertThat(p.profiles().get(Attack.STEALING).techniques()).contains("AML.T0024.002");
        for (Attack a : Attack.values()) {
            assertThat(p.profiles().get(a).techniques()).allSatisfy(id -> assertThat(p.references()).containsKey(id));
        }
    }

    @Test
    void every_score_names_the_answers_that_drove_its_likelihood_impact_and_mitigation() {
        RiskPicture p = PUBLIC_API_HARDENED.picture();
        List<Driver> stealing = p.drivers(Attack.STEALING);
        assertThat(stealing).extracting(Driver::part).contains(Driver.Part.IMPACT, Driver.Part.LIKELIHOOD, Driver.Part.MITIGATION);
        assertThat(stealing).anySatisfy(d -> assertThat(d.line()).isEqualTo("Only the label or decision (access ×0.35)"));
    }

    @Test
    void organisational_measures_alone_never_mitigate_more_than_fifteen_percent() {
        RiskPicture p = RiskScoring.score(ALL, List.of(PUBLIC_API_HARDENED.runs().get(0), PUBLIC_API_OPEN.runs().get(1)));
        assertThat(p.attacks()).allSatisfy(s -> assertThat(s.mitigation()).isLessThanOrEqualTo(15));
    }

    @Test
    void mitigation_never_reaches_eighty_percent() {
        RiskPicture best = RiskScoringProperties.safest();
        assertThat(best.attacks()).allSatisfy(s -> assertThat(s.mitigation()).isLessThan(80));
    }

    @Test
    void a_missing_questionnaire_is_assumed_and_said_not_silently_zero() {
        RiskPicture p = RiskScoring.score(ALL, List.of(PUBLIC_API_OPEN.runs().get(1)));
        assertThat(p.assumptions()).containsExactly(
                "Risk and impact assessment (risk-impact) has no completed answers yet, so impact is assumed serious (70) for every attack.",
                "Security of your ML system (security) has no completed answers yet, so no defences are assumed (mitigation 0).");
        assertThat(p.score(Attack.POISONING).impact()).isEqualTo(70);
        assertThat(p.score(Attack.POISONING).mitigation()).isZero();
        assertThat(p.maturity()).isEmpty();
    }

    @Test
    void the_weaker_of_two_security_answer_sets_counts_and_the_disagreement_is_reported() {
        List<CompletedRun> runs = new ArrayList<>(PUBLIC_API_HARDENED.runs());
        runs.add(AnswerSets.run("weak", ALL.get(2), PUBLIC_API_OPEN.security()));
        RiskPicture p = RiskScoring.score(ALL, runs);
        RiskPicture weakOnly = RiskScoring.score(ALL, List.of(PUBLIC_API_HARDENED.runs().get(0), PUBLIC_API_HARDENED.runs().get(1),
                AnswerSets.run("weak", ALL.get(2), PUBLIC_API_OPEN.security())));
        assertThat(p.attacks()).isEqualTo(weakOnly.attacks());
        assertThat(p.disagreements()).anySatisfy(d -> assertThat(d).startsWith("Respondents disagree on the defences against"));
    }

    @Test
    void answers_given_under_an_older_version_are_scored_by_id_and_say_so() {
        CompletedRun old = PUBLIC_API_OPEN.runs().get(1);
        CompletedRun v1 = new CompletedRun(old.runId(), old.questionnaireId(), "1.0.0", "0123abc", old.answers(), old.completedOn(),
                old.assessmentCode());
        RiskPicture p = RiskScoring.score(ALL, List.of(PUBLIC_API_OPEN.runs().get(0), v1, PUBLIC_API_OPEN.runs().get(2)));
        assertThat(p.versions()).contains("Attack surface and vulnerabilities (attack-surface): 1 answer set given under version 1.0.0,"
                + " scored under risk model 2.0.0 by matching question and option ids; answers whose meaning changed since count as unanswered.");
        assertThat(p.score(Attack.STEALING).residual()).isEqualTo(PUBLIC_API_OPEN.picture().score(Attack.STEALING).residual());
    }

    @Test
    void maturity_is_reported_per_section_of_the_security_questionnaire_from_zero_to_three() {
        assertThat(PUBLIC_API_HARDENED.picture().maturity()).extracting(SectionMaturity::sectionId).containsExactly("assessment", "mitigation");
        assertThat(PUBLIC_API_OPEN.picture().maturity()).allSatisfy(m -> assertThat(m.level()).isLessThan(0.5));
    }
}
