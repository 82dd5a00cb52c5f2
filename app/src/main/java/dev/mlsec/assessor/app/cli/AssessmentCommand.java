package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.RootView;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Creates assessments from the command line, through the lead desk (they belong to the console's own space). */
@Command(name = "assessment", mixinStandardHelpOptions = true, description = "Manage assessments.",
        subcommands = {AssessmentCommand.New.class, RoundCommands.Round.class, RoundCommands.Close.class,
                ScheduleCommands.Schedule.class, ScheduleCommands.Status.class})
public final class AssessmentCommand {

    /** The space of assessments created from the command line. */
    public static final Space CONSOLE_SPACE = new Space(Platform.CONSOLE, "console");

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Create an assessment of one ML system and print its code.")
    static final class New implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "the system's name, e.g. \"fraud model v3\"")
        List<String> name;

        @Option(names = "--private", description = "withhold its scores until each questionnaire has at least k "
                + "completed answer sets")
        boolean isPrivate;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.core()) {
                RootView created = OperatorDesk.ask(context, new LeadRequest.New(String.join(" ", name), isPrivate),
                        LeadAnswer.Created.class).root();
                System.out.println(created.code());
                System.err.println("Created assessment " + created.code() + " of \"" + created.systemName()
                        + "\". Answer as a respondent with:");
                System.err.println("  java -jar mlsec-assessor.jar console --assessment " + created.code()
                        + " --questionnaire " + created.questionnaires().get(0).questionnaireId());
                return ExitCodes.OK;
            }
        }
    }
}
