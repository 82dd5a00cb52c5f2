package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadRequest;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code assessment schedule CODE every 90d|off} and {@code assessment status CODE}, for the operator. */
final class ScheduleCommands {

    /** Said after every schedule set from the command line: only a running service opens rounds. */
    static final String ONLY_IN_SERVE = "A scheduled round opens only while the bot runs as `serve`; "
            + "if it is not running on the day, the round opens once it is.";

    private ScheduleCommands() {
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = "Open the next rounds of an assessment by themselves (every 7d to 730d), or stop them with off.")
    static final class Schedule implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "CODE", description = "the assessment's code, e.g. FRD-7K2QX")
        String code;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "WHEN", description = "every 90d, every 13w, or off")
        List<String> when;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.core()) {
                LeadAnswer.Scheduled scheduled = OperatorDesk.ask(context, new LeadRequest.Schedule(code, String.join(" ", when)),
                        LeadAnswer.Scheduled.class);
                System.out.println(scheduled.message());
                System.err.println(ONLY_IN_SERVE);
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "How many completed each questionnaire of an assessment, and when its next round is due.")
    static final class Status implements Callable<Integer> {

        @Parameters(paramLabel = "CODE", description = "the assessment's code, e.g. FRD-7K2QX")
        String code;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.core()) {
                LeadAnswer.StatusShown shown = OperatorDesk.ask(context, new LeadRequest.Status(code), LeadAnswer.StatusShown.class);
                System.out.println(shown.status().name() + " (" + shown.status().code() + ")");
                System.out.println(shown.text());
                return ExitCodes.OK;
            }
        }
    }
}
