package dev.mlsec.assessor.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs the bot as a service until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the bot as a service: the HTTP server (Slack endpoint, health, metrics) and every configured channel.")
public final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        Contexts.service();
        return ExitCodes.SERVING;
    }
}
