package dev.mlsec.assessor.app.cli;

import picocli.CommandLine.Command;

/** The runnable jar's command line. */
@Command(name = "mlsec-assessor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "MLSec Assessor: find out how exposed a machine-learning system is to poisoning, evasion, stealing and inference attacks.",
            "With no command: serves the configured chat platforms, or, when none is configured, starts the console."
        },
        subcommands = {
            ServeCommand.class,
            ConsoleCommand.class,
            AssessmentCommand.class,
            ReportCommand.class,
            TrendsCommand.class,
            ExportCommand.class,
            LintCommand.class,
            PreviewCommand.class
        })
public final class MlsecCli {
}
