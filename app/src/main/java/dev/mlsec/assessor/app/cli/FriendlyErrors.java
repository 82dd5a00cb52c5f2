package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.app.config.InvalidSettingException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one sentence for the person at the terminal; the stack trace is never the first thing they read. */
final class FriendlyErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        Throwable cause = ex;
        while (cause != null) {
            if (cause instanceof InvalidSettingException invalid) {
                cli.getErr().println("mlsec-assessor: " + invalid.getMessage());
                return ExitCodes.BAD_CONFIGURATION;
            }
            if (cause instanceof UserError user) {
                cli.getErr().println("mlsec-assessor: " + user.getMessage());
                return ExitCodes.REFUSED;
            }
            cause = cause.getCause();
        }
        cli.getErr().println("mlsec-assessor: " + describe(ex) + " (add -Dmlsec.debug=true before -jar for details)");
        if (Boolean.getBoolean("mlsec.debug")) {
            ex.printStackTrace(cli.getErr());
        }
        return ExitCodes.REFUSED;
    }

    private static String describe(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        if (message != null && message.contains("lock") && message.toLowerCase().contains("file")) {
            return "the data directory is in use by another running instance; stop it, or point MLSEC_DATA_DIR elsewhere";
        }
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
