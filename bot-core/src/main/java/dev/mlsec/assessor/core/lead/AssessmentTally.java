package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.RiskBands;
import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.CounterStore;
import dev.mlsec.assessor.core.run.OptionCounts;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a completed run, and what follows when it counts toward an assessment: the assessment's
 * bands are recorded once its scores can be shown (so trends count every scored assessment, read or
 * not), and its root message is told the new status. Counting again after a crash records the same.
 */
public final class AssessmentTally implements CounterStore {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentTally.class);

    private final CounterStore counters;
    private final AssessmentService assessments;
    private final ReportService reports;
    private final List<Questionnaire> questionnaires;
    private final RootMessages roots;

    public AssessmentTally(CounterStore counters, AssessmentService assessments, ReportService reports,
                           List<Questionnaire> questionnaires, RootMessages roots) {
        this.counters = counters;
        this.assessments = assessments;
        this.reports = reports;
        this.questionnaires = List.copyOf(questionnaires);
        this.roots = roots;
    }

    @Override
    public void add(CompletedRun run) {
        counters.add(run);
        Optional<Assessment> assessment = run.assessmentCode().flatMap(assessments::findAnywhere);
        if (assessment.isEmpty()) {
            return;
        }
        AssessmentReport report = reports.report(assessment.get());
        report.picture().ifPresent(p -> assessments.recordBands(report.code(), RiskBands.of(p)));
        assessments.root(report.code()).ifPresent(where -> {
            try {
                roots.statusChanged(where, RootView.of(reports.status(assessment.get()), questionnaires));
            } catch (RuntimeException e) {
                LOG.warn("an assessment's root message could not be told its status: {}", e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public List<OptionCounts> all() {
        return counters.all();
    }
}
