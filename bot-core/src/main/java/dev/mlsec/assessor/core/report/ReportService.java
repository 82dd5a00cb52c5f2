package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.core.scoring.RiskScoring;
import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.CompletedRuns;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds assessment reports and status lines. An assessment's risk scores are shown to its lead once
 * every questionnaire has at least one completed run (or, before that, once k runs in all are
 * complete, with what was assumed for the missing questionnaire); until then the report says what is
 * missing. A private assessment shows no scores until every questionnaire has at least k completed runs; its
 * report then says how many more each one needs.
 */
public final class ReportService {

    private final List<Questionnaire> questionnaires;
    private final AssessmentService assessments;
    private final CompletedRuns runs;
    private final Anonymity anonymity;
    private final Clock clock;

    public ReportService(List<Questionnaire> questionnaires, AssessmentService assessments, CompletedRuns runs,
                         Anonymity anonymity, Clock clock) {
        this.questionnaires = List.copyOf(questionnaires);
        this.assessments = assessments;
        this.runs = runs;
        this.anonymity = anonymity;
        this.clock = clock;
    }

    /** The report of an assessment of this space; another space's code is refused like an unknown one. */
    public AssessmentReport report(Space space, String code) {
        return report(assessments.require(space, code));
    }

    /** The report of any assessment, for the operator's command line. */
    public AssessmentReport reportForOperator(String code) {
        return report(assessments.findAnywhere(code).orElseThrow(AssessorException::unknownCode));
    }

    public AssessmentStatus status(Space space, String code) {
        return status(assessments.require(space, code));
    }

    public AssessmentStatus status(Assessment assessment) {
        return new AssessmentStatus(assessment.code(), assessment.name(), coverage(runs.countsOfAssessment(assessment.code())),
                assessment.isPrivate() ? anonymity.k() : 0);
    }

    /** The report of an assessment already found. */
    public AssessmentReport report(Assessment assessment) {
        return report(assessment, Optional.empty());
    }

    /**
     * The report of an assessment counting only these completed runs when given (a closed round's, so
     * its figures do not change after closing).
     */
    public AssessmentReport report(Assessment assessment, Optional<? extends java.util.Collection<String>> counted) {
        List<CompletedRun> completed = runs.ofAssessment(assessment.code());
        if (counted.isPresent()) {
            java.util.Set<String> ids = java.util.Set.copyOf(counted.get());
            completed = completed.stream().filter(r -> ids.contains(r.runId())).toList();
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        completed.forEach(r -> counts.merge(r.questionnaireId(), 1L, Long::sum));
        List<Coverage> coverage = coverage(counts);
        List<String> missing = coverage.stream().filter(c -> c.completedRuns() == 0).map(Coverage::title).toList();
        LocalDate today = LocalDate.now(clock);
        if (assessment.isPrivate() && coverage.stream().anyMatch(c -> !anonymity.allows(c.completedRuns()))) {
            return new AssessmentReport(assessment.code(), assessment.name(), today, coverage, Optional.empty(),
                    Optional.of(privateWithheld(coverage)));
        }
        if (!missing.isEmpty() && completed.size() < anonymity.k()) {
            String why = "Scores appear once every questionnaire has at least one completed answer set. Still missing: "
                    + String.join(", ", missing) + ".";
            return new AssessmentReport(assessment.code(), assessment.name(), today, coverage, Optional.empty(), Optional.of(why));
        }
        RiskPicture picture = RiskScoring.score(questionnaires, completed);
        return new AssessmentReport(assessment.code(), assessment.name(), today, coverage, Optional.of(picture), Optional.empty());
    }

    /** "This assessment is private: ... Still needed: Risk and impact 2 more, Security 5 more." */
    private String privateWithheld(List<Coverage> coverage) {
        List<String> needed = coverage.stream().filter(c -> !anonymity.allows(c.completedRuns()))
                .map(c -> c.title() + " " + (anonymity.k() - c.completedRuns()) + " more").toList();
        return "This assessment is private: its scores are withheld until each questionnaire has at least "
                + anonymity.k() + " completed answer sets. Still needed: " + String.join(", ", needed) + ".";
    }

    private List<Coverage> coverage(Map<String, Long> counts) {
        List<Coverage> coverage = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            coverage.add(new Coverage(q.id(), q.title(), q.audience(), counts.getOrDefault(q.id(), 0L).intValue()));
        }
        return coverage;
    }
}
