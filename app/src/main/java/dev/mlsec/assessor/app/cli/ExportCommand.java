package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.export.AnswerExport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Exports anonymous answers. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Anonymous answers, one row per completed answer set, as CSV or JSON.")
public final class ExportCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(paramLabel = "CODE", description = "one assessment's answers")
        String code;

        @Option(names = "--all", description = "every completed answer set", required = true)
        boolean all;
    }

    @Option(names = "--format", required = true, description = "csv or json")
    AnswerExport.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (ConfigurableApplicationContext context = Contexts.core(); Writer w = Output.open(out)) {
            AnswerExport export = context.getBean(AnswerExport.class);
            if (which.all) {
                export.all(format, w);
            } else {
                String code = context.getBean(AssessmentService.class).findAnywhere(which.code)
                        .orElseThrow(AssessorException::unknownCode).code();
                export.assessment(code, format, w);
            }
            return ExitCodes.OK;
        } catch (AssessorException e) {
            throw new UserError(e.getMessage());
        }
    }
}
