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
import dev.mlsec.assessor.core.due.DueItems;
import dev.mlsec.assessor.core.schedule.RoundSchedules;
import java.util.List;
import java.util.Optional;

/** The lead desk's round verbs: open the next round, close one, and the report of a round. */
public final class RoundDesk {

    private final RoundOpener opener;
    private final RoundCloser closer;
    private final RoundReports reports;
    private final RoundTrends trends;
    private final Optional<RoundSchedules> schedules;

    public RoundDesk(RoundOpener opener, RoundCloser closer, RoundReports reports, RoundTrends trends) {
        this(opener, closer, reports, trends, Optional.empty());
    }

    public RoundDesk(RoundOpener opener, RoundCloser closer, RoundReports reports, RoundTrends trends,
                     Optional<RoundSchedules> schedules) {
        this.schedules = schedules;
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

    /** The same desk, with rounds that can be scheduled (kept as due items). */
    public static RoundDesk of(AssessmentService assessments, RoundStore store, ReportService reports, CompletedRuns runs,
                               List<Questionnaire> questionnaires, RootMessages roots, Anonymity anonymity, Clock clock,
                               DueItems items) {
        RoundOpener opener = new RoundOpener(assessments, store, reports, questionnaires, roots);
        return new RoundDesk(opener, new RoundCloser(store, runs, clock), new RoundReports(reports, assessments, store, runs),
                new RoundTrends(assessments, store, anonymity, clock),
                Optional.of(new RoundSchedules(assessments, store, opener, items, clock)));
    }

    public LeadAnswer open(Assessment of) {
        RoundOpener.Opened opened = opener.openNext(of);
        schedules.ifPresent(s -> s.followed(opened.round()));
        return new LeadAnswer.RoundOpened(opened.root(), opened.postedNear().isEmpty(), RoundOpener.confirmation(opened));
    }

    public LeadAnswer close(Assessment assessment) {
        RoundCloser.Outcome outcome = closer.close(assessment);
        return outcome instanceof RoundCloser.Outcome.Closed ? new LeadAnswer.RoundClosed(RoundCloser.words(outcome))
                : new LeadAnswer.Refused(RoundCloser.words(outcome));
    }

    /** Schedules the next rounds of the assessment's system, or stops them. */
    public LeadAnswer schedule(Assessment assessment, String cadence) {
        return schedules.map(s -> s.set(assessment, cadence))
                .orElseGet(() -> new LeadAnswer.Refused("Rounds cannot be scheduled here; nothing was changed."));
    }

    /** The schedule's line for the assessment's status, when the round after it is scheduled. */
    public Optional<String> scheduleLine(String code) {
        return schedules.flatMap(s -> s.nextDue(code)).map(RoundSchedules::words);
    }

    /** The schedules, for the job that opens due rounds. */
    public Optional<RoundSchedules> schedules() {
        return schedules;
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
