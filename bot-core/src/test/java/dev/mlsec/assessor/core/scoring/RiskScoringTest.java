package dev.mlsec.assessor.core.scoring;

import static dev.mlsec.assessor.core.scoring.AnswerSets.heaviest;
import static dev.mlsec.assessor.core.scoring.AnswerSets.lightest;
import static dev.mlsec.assessor.core.scoring.AnswerSets.run;
import static dev.mlsec.assessor.core.scoring.AnswerSets.walk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.Coverage;
import dev.mlsec.assessor.core.report.JsonReport;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskScoringTest {

    static final List<Questionnaire> ALL = QuestionnaireLoader.loadBundled();
    static final Questionnaire RISK = ALL.get(0);
    static final Questionnaire SURFACE = ALL.get(1);
    static final Questionnaire SECURITY = ALL.get(2);

    /** The golden JSON of a picture; regenerate with -Dgolden.update=true after a deliberate change. */
    static void assertGolden(String name, RiskPicture picture) throws IOException {
        AssessmentReport report = new AssessmentReport("FRD-7K2QX", "fraud model v3", LocalDate.of(2026, 11, 28),
                List.of(new Coverage("all", "all", "all", 0)), Optional.of(picture), Optional.empty());
        String json = JsonReport.render(report).replace("\r\n", "\n") + "\n";
        Path file = Path.of("src/test/resources/golden/" + name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    static RiskPicture lowRisk() {
        return RiskScoring.score(ALL, List.of(
                run("r1", RISK, walk(RISK, q -> q.sectionId().equals("risk-management") ? heaviest(q) : lightest(q))),
                run("r2", SURFACE, walk(SURFACE, AnswerSets::lightest)),
                run("r3", SECURITY, walk(SECURITY, AnswerSets::heaviest))));
    }

    static RiskPicture highRisk() {
        return RiskScoring.score(ALL, List.of(
                run("r1", RISK, walk(RISK, q -> q.sectionId().equals("risk-management") ? lightest(q) : heaviest(q))),
                run("r2", SURFACE, walk(SURFACE, AnswerSets::heaviest)),
                run("r3", SECURITY, walk(SECURITY, AnswerSets::lightest))));
    }

    static RiskPicture mixed() {
        return RiskScoring.score(ALL, List.of(
                run("r1", RISK, walk(RISK, AnswerSets::heaviest)),
                run("r2", SURFACE, walk(SURFACE, q -> q.sectionId().equals("deployment") ? heaviest(q) : lightest(q))),
                run("r3", SURFACE, walk(SURFACE, AnswerSets::lightest)),
                run("r4", SECURITY, walk(SECURITY, q -> q.sectionId().equals("assessment") ? heaviest(q) : lightest(q)))));
    }

    @Test
    void a_low_risk_system_scores_low_on_every_attack() throws IOException {
        RiskPicture p = lowRisk();
        assertGolden("low-risk", p);
        assertThat(p.attacks()).allSatisfy(s -> assertThat(s.band()).isEqualTo(Band.LOW));
        assertThat(p.assumptions()).isEmpty();
    }

    @Test
    void a_high_risk_system_scores_critical_on_every_attack() throws IOException {
        RiskPicture p = highRisk();
        assertGolden("high-risk", p);
        assertThat(p.attacks()).allSatisfy(s -> assertThat(s.band()).isIn(Band.HIGH, Band.CRITICAL));
        assertThat(p.recommendations()).isNotEmpty();
        assertThat(p.recommendations()).isSortedAccordingTo((a, b) -> Integer.compare(b.reduction(), a.reduction()));
    }

    @Test
    void a_mixed_system_counts_the_more_exposed_answer_and_reports_the_disagreement() throws IOException {
        RiskPicture p = mixed();
        assertGolden("mixed", p);
        assertThat(p.runs()).containsEntry("attack-surface", 2);
        assertThat(p.disagreements()).isNotEmpty();
        assertThat(p.disagreements().get(0)).startsWith("Respondents disagree on the exposure to");
    }

    @Test
    void a_missing_questionnaire_is_assumed_and_said_not_silently_zero() {
        RiskPicture p = RiskScoring.score(ALL, List.of(run("r2", SURFACE, walk(SURFACE, AnswerSets::heaviest))));
        assertThat(p.assumptions()).containsExactly(
                "Risk and impact assessment (risk-impact) has no completed answers yet, so impact is assumed medium (50) for every attack.",
                "Security of your ML system (security) has no completed answers yet, so no defences are assumed (mitigation 0).");
        assertThat(p.score(Attack.POISONING).impact()).isEqualTo(50);
        assertThat(p.score(Attack.POISONING).mitigation()).isZero();
        assertThat(p.maturity()).isEmpty();
    }

    @Test
    void mitigation_never_reaches_one_hundred() {
        assertThat(lowRisk().attacks()).allSatisfy(s -> assertThat(s.mitigation()).isLessThanOrEqualTo(95));
    }

    @Test
    void maturity_is_reported_per_section_of_the_security_questionnaire_from_zero_to_three() {
        assertThat(lowRisk().maturity()).extracting(SectionMaturity::sectionId).containsExactly("assessment", "mitigation");
        assertThat(lowRisk().maturity()).allSatisfy(m -> assertThat(m.level()).isBetween(2.0, 3.0));
        assertThat(highRisk().maturity()).allSatisfy(m -> assertThat(m.level()).isLessThan(0.5));
    }

    @Test
    void recommendations_are_each_listed_once() {
        List<String> texts = highRisk().recommendations().stream().map(Recommendation::text).toList();
        assertThat(texts).doesNotHaveDuplicates();
    }
}
