package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Exports anonymous answers, as the lead desk gives them to the operator; a refused export writes no file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Anonymous answers, one row per completed run, as CSV or JSON.")
public final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { csv, json }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "CODE", description = "one assessment's answers")
        String code;

        @Option(names = "--all", description = "every completed run", required = true)
        boolean all;
    }

    @Option(names = "--format", required = true, description = "csv or json")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path out;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Contexts.core()) {
            LeadRequest request = which.all ? new LeadRequest.ExportAll(format.name())
                    : new LeadRequest.Export(which.code, format.name());
            OperatorDesk.write(out, OperatorDesk.ask(context, request, LeadAnswer.Exported.class).file());
            return ExitCodes.OK;
        }
    }
}
