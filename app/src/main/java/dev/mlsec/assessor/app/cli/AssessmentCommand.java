package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Creates assessments from the command line (they belong to the console's own space). */
@Command(name = "assessment", mixinStandardHelpOptions = true, description = "Manage assessments.",
        subcommands = {AssessmentCommand.New.class, RoundCommands.Round.class, RoundCommands.Close.class})
public final class AssessmentCommand {

    /** The space of assessments created from the command line. */
    public static final Space CONSOLE_SPACE = new Space(Platform.CONSOLE, "console");

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Create an assessment of one ML system and print its code.")
    static final class New implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "the system's name, e.g. \"fraud model v3\"")
        List<String> name;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Contexts.core()) {
                Assessment created = context.getBean(AssessmentService.class).create(CONSOLE_SPACE, String.join(" ", name));
                System.out.println(created.code());
                System.err.println("Created assessment " + created.code() + " of \"" + created.name() + "\". Answer as a respondent with:");
                System.err.println("  java -jar mlsec-assessor.jar console --assessment " + created.code() + " --questionnaire risk-impact");
                return ExitCodes.OK;
            } catch (AssessorException e) {
                throw new UserError(e.getMessage());
            }
        }
    }
}
