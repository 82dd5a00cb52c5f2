package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.app.config.CoreConfiguration.CheckedSettings;
import dev.mlsec.assessor.app.console.ConsoleChannel;
import dev.mlsec.assessor.app.console.ConsoleIdentity;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.questions.Questionnaire;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** Answers a questionnaire in the terminal. */
@picocli.CommandLine.Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Answer a questionnaire in the terminal, one answer per line (typed or piped).",
            "Running it again resumes an unfinished run."})
public final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "--questionnaire", paramLabel = "ID",
            description = "risk-impact, attack-surface or security; asked when not given")
    String questionnaire;

    @Option(names = "--assessment", paramLabel = "CODE", description = "answer as one respondent of this assessment")
    String assessment;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = Contexts.core()) {
            ConversationEngine engine = context.getBean(ConversationEngine.class);
            ConsoleIdentity identity = new ConsoleIdentity(context.getBean(CheckedSettings.class).properties().dataDir());
            Respondent me = new Respondent(Platform.CONSOLE, "console", identity.current());
            Command first = firstCommand(engine, me, in, out);
            if (first == null) {
                return ExitCodes.OK;
            }
            ConsoleChannel.Outcome outcome = new ConsoleChannel(c -> engine.handle(me, c), in, out).run(first);
            if (outcome == ConsoleChannel.Outcome.COMPLETED || outcome == ConsoleChannel.Outcome.ABANDONED) {
                identity.rotate();
            }
            return outcome == ConsoleChannel.Outcome.REFUSED ? ExitCodes.REFUSED : ExitCodes.OK;
        }
    }

    private Command firstCommand(ConversationEngine engine, Respondent me, BufferedReader in, PrintStream out) {
        Optional<String> code = Optional.ofNullable(assessment);
        if (questionnaire != null) {
            return new Command.Start(questionnaire, code);
        }
        if (code.isEmpty()) {
            Reply resumable = engine.handle(me, new Command.Resume(Optional.empty()));
            if (resumable instanceof Reply.Prompt p) {
                return new Command.Start(p.run().questionnaireId(), p.run().assessmentCode());
            }
        }
        List<Questionnaire> all = engine.questionnaires();
        out.println(ChannelWords.CHOOSE_QUESTIONNAIRE);
        for (int i = 0; i < all.size(); i++) {
            out.printf("  %d) %s, for %s%n", i + 1, all.get(i).title(), lowerFirst(all.get(i).audience()));
        }
        while (true) {
            out.print("> ");
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return null;
            }
            String choice = line.strip();
            for (int i = 0; i < all.size(); i++) {
                if (choice.equals(String.valueOf(i + 1)) || choice.equalsIgnoreCase(all.get(i).id())) {
                    return new Command.Start(all.get(i).id(), code);
                }
            }
            out.println("! Choose 1 to " + all.size() + " (or q to quit).");
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
