package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.ReportBundle;
import dev.mlsec.assessor.core.lead.ReportFile;
import dev.mlsec.assessor.core.report.HtmlReport;
import dev.mlsec.assessor.core.report.JsonReport;
import dev.mlsec.assessor.core.report.MarkdownReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints or writes an assessment's report, as the lead desk gives it to the operator. */
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
            ReportBundle bundle = OperatorDesk.ask(context, new LeadRequest.Report(code, false), LeadAnswer.Reported.class).bundle();
            if (charts != null) {
                writeCharts(bundle);
            }
            String text = switch (format) {
                case html -> bundle.html().orElseGet(() -> HtmlReport.render(bundle.report(), new byte[0], new byte[0]));
                case json -> JsonReport.render(bundle.report());
                default -> MarkdownReport.render(bundle.report());
            };
            Output.write(out, text);
            return ExitCodes.OK;
        }
    }

    /** The bundle's charts under the bundle's names; while the scores are withheld, says the charts follow. */
    private void writeCharts(ReportBundle bundle) throws IOException {
        Files.createDirectories(charts);
        boolean any = false;
        for (ReportFile file : bundle.files()) {
            if (file.filename().endsWith(".png")) {
                Files.write(charts.resolve(file.filename()), file.bytes());
                any = true;
            }
        }
        if (!any) {
            System.err.println(ReportBundle.FILES_FOLLOW);
        }
    }
}
