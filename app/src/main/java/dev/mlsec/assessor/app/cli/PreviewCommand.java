package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints every question's message as a platform would receive it; needs no store. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Print every question's message payload exactly as the adapter sends it, as JSON.",
            "Slack's blocks paste into Block Kit Builder."})
public final class PreviewCommand implements Callable<Integer> {

    /** The platforms. */
    enum Channel { slack, discord }

    @Option(names = "--channel", required = true, description = "slack or discord")
    Channel channel;

    @Option(names = "--questionnaire", paramLabel = "ID", description = "only this questionnaire (default: all three)")
    String questionnaire;

    @Override
    public Integer call() {
        List<Questionnaire> all = QuestionnaireLoader.loadBundled();
        List<Questionnaire> chosen = questionnaire == null ? all
                : all.stream().filter(q -> q.id().equals(questionnaire)).toList();
        if (chosen.isEmpty()) {
            throw new UserError("There is no questionnaire '" + questionnaire + "'. Choose one of: "
                    + String.join(", ", all.stream().map(Questionnaire::id).toList()) + ".");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Questionnaire q : chosen) {
            out.println(Previews.render(channel.name(), q));
        }
        return ExitCodes.OK;
    }
}
