package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.trends.TrendsRenderer;
import dev.mlsec.assessor.core.trends.TrendsReport;
import dev.mlsec.assessor.core.trends.TrendsService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints trends across everyone who answered. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "How often each answer was chosen across all completed answer sets, and the spread of risk bands.")
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
            TrendsReport trends = context.getBean(TrendsService.class).trends();
            Output.write(out, format == Format.json ? TrendsRenderer.json(trends)
                    : format == Format.html ? context.getBean(dev.mlsec.assessor.core.round.RoundDesk.class).trendsHtml(trends)
                    : TrendsRenderer.markdown(trends));
            return ExitCodes.OK;
        }
    }
}
