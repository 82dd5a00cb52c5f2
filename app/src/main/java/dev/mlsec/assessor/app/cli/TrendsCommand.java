package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints trends across everyone who answered, as the lead desk gives them to the operator. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "How often each answer was chosen across all completed runs, and the spread of risk bands.")
public final class TrendsCommand implements Callable<Integer> {

    /** The trends formats. */
    enum Format { markdown, json, html }

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, json or html, with the charts (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path out;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Contexts.core()) {
            LeadAnswer.Exported trends = OperatorDesk.ask(context, new LeadRequest.ExportTrends(format.name()),
                    LeadAnswer.Exported.class);
            Output.write(out, new String(trends.file().bytes(), StandardCharsets.UTF_8));
            return ExitCodes.OK;
        }
    }
}
