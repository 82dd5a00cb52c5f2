package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A questionnaire in the terminal: one answer per line from standard input, typed or piped. Ends
 * cleanly at the end of input (pausing the run, so the next run resumes).
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

    /** Runs from the first command (a Start or Resume) until completion, quit or end of input. */
    public Outcome run(Command first) {
        Reply reply = engine.apply(first);
        out.print(renderer.render(reply));
        Optional<Reply.Prompt> current = currentPrompt(reply);
        if (current.isEmpty()) {
            return outcomeOf(reply);
        }
        while (true) {
            out.print("> ");
            out.flush();
            String line = readLine();
            Reply.Prompt prompt = current.get();
            if (line == null) {
                out.println();
                out.print(renderer.render(engine.apply(new Command.Pause(prompt.run().runId()))));
                return Outcome.PAUSED;
            }
            ConsoleInput.Parsed parsed = ConsoleInput.parse(line, prompt.run().runId(), prompt.question());
            if (parsed instanceof ConsoleInput.Parsed.Quit) {
                out.print(renderer.render(engine.apply(new Command.Pause(prompt.run().runId()))));
                return Outcome.PAUSED;
            }
            if (parsed instanceof ConsoleInput.Parsed.Help) {
                out.print(ConsoleRenderer.help());
                continue;
            }
            if (parsed instanceof ConsoleInput.Parsed.Invalid invalid) {
                out.println("! " + invalid.message());
                continue;
            }
            reply = engine.apply(((ConsoleInput.Parsed.Run) parsed).command());
            out.print(renderer.render(reply));
            Optional<Reply.Prompt> next = currentPrompt(reply);
            if (next.isEmpty() && !(reply instanceof Reply.Refused)) {
                return outcomeOf(reply);
            }
            if (next.isPresent()) {
                current = next;
            }
        }
    }

    private String readLine() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Reply.Prompt> currentPrompt(Reply reply) {
        if (reply instanceof Reply.Prompt p) {
            return Optional.of(p);
        }
        if (reply instanceof Reply.Explanation e) {
            return Optional.of(e.prompt());
        }
        if (reply instanceof Reply.Refused r) {
            return r.current();
        }
        return Optional.empty();
    }

    private static Outcome outcomeOf(Reply reply) {
        if (reply instanceof Reply.Completed) {
            return Outcome.COMPLETED;
        }
        if (reply instanceof Reply.Abandoned) {
            return Outcome.ABANDONED;
        }
        if (reply instanceof Reply.Paused) {
            return Outcome.PAUSED;
        }
        return Outcome.REFUSED;
    }
}
