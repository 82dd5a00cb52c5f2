package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import dev.mlsec.assessor.core.report.Coverage;
import dev.mlsec.assessor.core.report.HtmlReport;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.report.RiskCharts;
import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import dev.mlsec.assessor.core.trends.TrendsRenderer;
import dev.mlsec.assessor.core.trends.TrendsService;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The Slack adapter's lead desk, answered by the core's assessment, report, trends and export services. */
public final class CoreLeadDesk implements LeadDesk {

    private static final int TOP_RECOMMENDATIONS = 3;

    private final AssessmentService assessments;
    private final ReportService reports;
    private final TrendsService trends;
    private final AnswerExport exports;

    public CoreLeadDesk(AssessmentService assessments, ReportService reports, TrendsService trends, AnswerExport exports) {
        this.assessments = assessments;
        this.reports = reports;
        this.trends = trends;
        this.exports = exports;
    }

    @Override
    public Created create(Space space, String systemName) {
        Assessment created = assessments.create(space, systemName);
        return new Created(created.code(), created.name());
    }

    @Override
    public void placeRootMessage(Space space, String code, String location) {
        assessments.find(space, code).ifPresent(a -> assessments.rememberLocation(a.code(), location));
    }

    @Override
    public Optional<String> rootMessage(Space space, String code) {
        return assessments.find(space, code).flatMap(a -> assessments.location(a.code()));
    }

    @Override
    public Optional<Status> status(Space space, String code) {
        Optional<Assessment> found = assessments.find(space, code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AssessmentStatus status = reports.status(found.get());
        Map<String, Integer> completed = new LinkedHashMap<>();
        status.coverage().forEach(c -> completed.put(c.questionnaireId(), c.completedRuns()));
        return Optional.of(new Status(status.code(), status.name(), completed));
    }

    @Override
    public Optional<Report> report(Space space, String code) {
        Optional<Assessment> found = assessments.find(space, code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AssessmentReport report = reports.report(space, found.get().code());
        List<String> figures = new ArrayList<>();
        for (Coverage c : report.coverage()) {
            figures.add(c.title() + ": " + c.completedRuns() + " completed");
        }
        List<FileData> files = new ArrayList<>();
        if (report.picture().isEmpty()) {
            figures.add(report.withheld().orElse(""));
        } else {
            RiskPicture p = report.picture().get();
            for (AttackScore s : p.attacks()) {
                figures.add(s.attack().title() + ": residual risk *" + s.residual() + "* (" + s.band().id() + ") · impact "
                        + s.impact() + " · exposure " + s.exposure() + " · mitigation " + s.mitigation());
            }
            p.recommendations().stream().limit(TOP_RECOMMENDATIONS)
                    .forEach(r -> figures.add("Do first: " + r.text()));
            p.assumptions().forEach(a -> figures.add("Assumed: " + a));
            byte[] risk = RiskCharts.residualRisk(report.systemName(), p);
            byte[] heat = RiskCharts.exposureHeatMap(report.systemName(), p);
            files.add(new FileData(report.code() + "-residual-risk.png", "Residual risk per attack", risk));
            files.add(new FileData(report.code() + "-exposure.png", "Exposure by attack and lifecycle stage", heat));
            files.add(new FileData(report.code() + "-report.html", "Report: " + report.systemName(),
                    HtmlReport.render(report, risk, heat).getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.of(new Report(report.code(), report.systemName(), figures, files));
    }

    @Override
    public Optional<List<String>> trends(Space space) {
        return Optional.of(TrendsRenderer.markdown(trends.trends()).lines().toList());
    }

    @Override
    public Optional<Export> export(Space space, String code, String format) {
        Optional<Assessment> found = assessments.find(space, code);
        Optional<AnswerExport.Format> parsed = AnswerExport.Format.parse(format);
        if (found.isEmpty() || parsed.isEmpty()) {
            return Optional.empty();
        }
        StringWriter out = new StringWriter();
        try {
            exports.assessment(found.get().code(), parsed.get(), out);
        } catch (AssessorException notYet) {
            return Optional.of(new Export.NotYet(notYet.getMessage()));
        }
        return Optional.of(new Export.Ready(new FileData(found.get().code() + "." + parsed.get().name().toLowerCase(Locale.ROOT),
                "Anonymous answers of " + found.get().code(), out.toString().getBytes(StandardCharsets.UTF_8))));
    }
}
