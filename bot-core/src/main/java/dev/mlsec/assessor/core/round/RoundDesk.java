package dev.mlsec.assessor.core.round;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.run.CompletedRuns;
import dev.mlsec.assessor.core.trends.QuarterSpread;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Clock;
import java.util.List;

/** The lead desk's round verbs: open the next round, close one, and the report of a round. */
public final class RoundDesk {

    private final RoundOpener opener;
    private final RoundCloser closer;
    private final RoundReports reports;
    private final RoundTrends trends;

    public RoundDesk(RoundOpener opener, RoundCloser closer, RoundReports reports, RoundTrends trends) {
        this.opener = opener;
        this.closer = closer;
        this.reports = reports;
        this.trends = trends;
    }

    public static RoundDesk of(AssessmentService assessments, RoundStore store, ReportService reports, CompletedRuns runs,
                               List<Questionnaire> questionnaires, RootMessages roots, Anonymity anonymity, Clock clock) {
        return new RoundDesk(new RoundOpener(assessments, store, reports, questionnaires, roots),
                new RoundCloser(store, runs, clock), new RoundReports(reports, assessments, store, runs),
                new RoundTrends(assessments, store, anonymity, clock));
    }

    public LeadAnswer open(Assessment of) {
        RoundOpener.Opened opened = opener.openNext(of);
        return new LeadAnswer.RoundOpened(opened.root(), opened.postedNear().isEmpty(), RoundOpener.confirmation(opened));
    }

    public LeadAnswer close(Assessment assessment) {
        RoundCloser.Outcome outcome = closer.close(assessment);
        return outcome instanceof RoundCloser.Outcome.Closed ? new LeadAnswer.RoundClosed(RoundCloser.words(outcome))
                : new LeadAnswer.Refused(RoundCloser.words(outcome));
    }

    public AssessmentReport report(Assessment assessment) {
        return reports.report(assessment);
    }

    /** The trends as one HTML page, with the band spread, its quarters and both charts. */
    public String trendsHtml(dev.mlsec.assessor.core.trends.TrendsReport everyone) {
        List<QuarterSpread> quarters = trends.quarters();
        byte[] spread = everyone.bandsPerAttack()
                .map(p -> dev.mlsec.assessor.core.trends.TrendsCharts.bandSpread(p, everyone.assessmentsScored())).orElse(new byte[0]);
        byte[] byQuarter = dev.mlsec.assessor.core.trends.TrendsCharts.byQuarter(quarters);
        return dev.mlsec.assessor.core.trends.TrendsHtml.render(everyone, quarters, spread, byQuarter);
    }

    /** The band spread quarter by quarter, across everyone's latest rounds. */
    public List<QuarterSpread> quarters() {
        return trends.quarters();
    }
}
