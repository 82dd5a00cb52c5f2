package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.app.config.CoreConfiguration.CheckedSettings;
import dev.mlsec.assessor.app.console.ConsoleHome;
import dev.mlsec.assessor.app.console.ConsoleIdentity;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** The terminal's home: its unfinished questionnaires and the ones to start, with the command for each. */
@picocli.CommandLine.Command(name = "home", mixinStandardHelpOptions = true,
        description = "List your unfinished questionnaires in the terminal and the ones you can start.")
public final class HomeCommand implements Callable<Integer> {

    @Option(names = "--page", paramLabel = "N", description = "which page, from 1", defaultValue = "1")
    int page;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext context = Contexts.core()) {
            ConsoleIdentity identity = new ConsoleIdentity(context.getBean(CheckedSettings.class).properties().dataDir());
            Respondent me = new Respondent(Platform.CONSOLE, "console", identity.current());
            out.print(ConsoleHome.render(context.getBean(HomeService.class).of(me, page)));
            return ExitCodes.OK;
        }
    }
}
