package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.report.AssessmentReport;
import dev.mlsec.assessor.core.report.HtmlReport;
import dev.mlsec.assessor.core.report.JsonReport;
import dev.mlsec.assessor.core.report.MarkdownReport;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.report.RiskCharts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints or writes an assessment's report. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "An assessment's report: scores per attack, charts, recommendations.")
public final class ReportCommand implements Callable<Integer> {

    /** The report formats. */
    enum Format { markdown, html, json }

    @Parameters(paramLabel = "CODE", description = "the assessment's code, e.g. FRD-7K2QX")
    String code;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, html or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR", description = "also write the two chart PNGs into this directory")
    Path charts;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = Contexts.core()) {
            AssessmentReport report = context.getBean(ReportService.class).reportForOperator(code);
            byte[] risk = report.picture().map(p -> RiskCharts.residualRisk(report.systemName(), p)).orElse(new byte[0]);
            byte[] heat = report.picture().map(p -> RiskCharts.exposureHeatMap(report.systemName(), p)).orElse(new byte[0]);
            if (charts != null && report.picture().isPresent()) {
                Files.createDirectories(charts);
                Files.write(charts.resolve(report.code() + "-residual-risk.png"), risk);
                Files.write(charts.resolve(report.code() + "-exposure-heatmap.png"), heat);
            }
            String text = switch (format) {
                case html -> HtmlReport.render(report, risk, heat);
                case json -> JsonReport.render(report);
                default -> MarkdownReport.render(report);
            };
            Output.write(out, text);
            return ExitCodes.OK;
        } catch (AssessorException e) {
            throw new UserError(e.getMessage());
        }
    }
}
