package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code assessment round CODE} and {@code assessment close CODE}: the lead desk's round verbs, for the operator. */
final class RoundCommands {

    private RoundCommands() {
    }

    @Command(name = "round", mixinStandardHelpOptions = true,
            description = "Open the next round of an assessment, in its own workspace or server, and print its code.")
    static final class Round implements Callable<Integer> {

        @Parameters(paramLabel = "CODE", description = "the assessment's code, e.g. FRD-7K2QX")
        String code;

        @Override
        public Integer call() {
            LeadAnswer answer = ask(new LeadRequest.NextRound(code));
            if (!(answer instanceof LeadAnswer.RoundOpened opened)) {
                throw new UserError(words(answer));
            }
            System.out.println(opened.root().code());
            System.err.println(opened.message());
            return ExitCodes.OK;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = "Close an assessment's round: it takes no more answers and its report is frozen.")
    static final class Close implements Callable<Integer> {

        @Parameters(paramLabel = "CODE", description = "the assessment's code, e.g. FRD-7K2QX")
        String code;

        @Override
        public Integer call() {
            LeadAnswer answer = ask(new LeadRequest.Close(code));
            if (!(answer instanceof LeadAnswer.RoundClosed closed)) {
                throw new UserError(words(answer));
            }
            System.out.println(closed.message());
            return ExitCodes.OK;
        }
    }

    private static LeadAnswer ask(LeadRequest request) {
        try (ConfigurableApplicationContext context = Contexts.core()) {
            return context.getBean(LeadDesk.class).handleForOperator(AssessmentCommand.CONSOLE_SPACE, request);
        }
    }

    private static String words(LeadAnswer answer) {
        if (answer instanceof LeadAnswer.Refused refused) {
            return refused.message();
        }
        if (answer instanceof LeadAnswer.NotPermitted refused) {
            return refused.message();
        }
        return answer instanceof LeadAnswer.UnknownCode unknown ? unknown.withoutEcho() : "That did not work; nothing was changed.";
    }
}
