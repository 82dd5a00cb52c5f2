package dev.mlsec.assessor.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The runnable jar's command line. */
@Command(name = "mlsec-assessor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Find out how exposed a machine-learning system is to poisoning, evasion, stealing and inference attacks.",
            "",
            "With no command: serves the configured chat platforms; when none is configured, explains how to connect one",
            "and starts the console."
        },
        subcommands = {
            ServeCommand.class,
            ConsoleCommand.class,
            HomeCommand.class,
            AssessmentCommand.class,
            ReportCommand.class,
            TrendsCommand.class,
            ExportCommand.class,
            LintCommand.class,
            PreviewCommand.class,
            CommandLine.HelpCommand.class
        })
public final class MlsecCli implements Callable<Integer> {

    /** The command line with the project's error handling: clear messages, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MlsecCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new FriendlyErrors());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("mlsec-assessor: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.REFUSED;
        });
        return cli;
    }

    @Override
    public Integer call() {
        if (Platforms.anyConfigured()) {
            return new ServeCommand().call();
        }
        System.out.println("""
                MLSec Assessor: no chat platform is configured, so here is the console.
                To connect Slack, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode);
                for Discord, set DISCORD_BOT_TOKEN; then run: java -jar mlsec-assessor.jar serve
                (see the README's "Connecting Slack" and "Connecting Discord").
                """);
        return new ConsoleCommand().call();
    }
}
