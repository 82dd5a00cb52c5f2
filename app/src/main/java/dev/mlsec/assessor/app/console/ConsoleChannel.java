package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.view.PromptView;
import dev.mlsec.assessor.core.view.View;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A questionnaire in the terminal: one answer per line from standard input, typed or piped, each
 * reply drawn from the core's view of it. Ends cleanly at the end of input (pausing the run, so the
 * next run resumes).
 */
public final class ConsoleChannel {

    /** How a console run ended. */
    public enum Outcome {
        COMPLETED, PAUSED, ABANDONED, REFUSED
    }

    private final Function<Command, Reply> engine;
    private final BufferedReader in;
    private final PrintStream out;
    private final ConsoleRenderer renderer = new ConsoleRenderer();

    /**
     * @param engine the engine, already bound to the console's respondent
     */
    public ConsoleChannel(Function<Command, Reply> engine, BufferedReader in, PrintStream out) {
        this.engine = engine;
        this.in = in;
        this.out = out;
    }

    /** Runs from the first command (a Start or Resume) until completion, pause or end of input. */
    public Outcome run(Command first) {
        View view = send(first);
        Optional<PromptView> current = currentPrompt(view);
        while (current.isPresent()) {
            String line = prompt();
            PromptView shown = current.get();
            if (line == null) {
                out.println();
                return outcomeOf(send(new Command.Pause(shown.runId())));
            }
            ConsoleInput.Parsed parsed = ConsoleInput.parse(line, shown);
            if (parsed instanceof ConsoleInput.Parsed.Help) {
                out.print(ConsoleRenderer.help());
                continue;
            }
            if (parsed instanceof ConsoleInput.Parsed.Invalid invalid) {
                out.println("! " + invalid.message());
                continue;
            }
            view = send(((ConsoleInput.Parsed.Run) parsed).command());
            Optional<PromptView> next = currentPrompt(view);
            if (next.isPresent() || !(view instanceof View.Refused)) {
                // a refusal that names no question leaves the respondent at the one shown
                current = next;
            }
        }
        return outcomeOf(view);
    }

    /** Asks the engine, draws its reply, and gives the view drawn. */
    private View send(Command command) {
        View view = ConsoleRenderer.view(engine.apply(command));
        out.print(renderer.render(view));
        return view;
    }

    /** Reads one line after the prompt sign; null at the end of input. */
    private String prompt() {
        out.print("> ");
        out.flush();
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<PromptView> currentPrompt(View view) {
        if (view instanceof View.Question q) {
            return Optional.of(q.prompt());
        }
        if (view instanceof View.Refused r) {
            return r.current();
        }
        return Optional.empty();
    }

    private static Outcome outcomeOf(View view) {
        if (view instanceof View.Summary) {
            return Outcome.COMPLETED;
        }
        if (view instanceof View.Abandoned) {
            return Outcome.ABANDONED;
        }
        if (view instanceof View.Paused) {
            return Outcome.PAUSED;
        }
        return Outcome.REFUSED;
    }
}
