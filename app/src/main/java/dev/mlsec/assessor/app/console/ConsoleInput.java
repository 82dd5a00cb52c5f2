package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.questions.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one line typed at the console into a command for the current question, or says what is
 * wrong with it. Pure: no I/O.
 */
public final class ConsoleInput {

    /** What a line means. */
    public sealed interface Parsed {
        record Run(Command command) implements Parsed {
        }

        record Quit() implements Parsed {
        }

        record Help() implements Parsed {
        }

        record Invalid(String message) implements Parsed {
        }
    }

    private static final int MAX_LINE = 200;

    private ConsoleInput() {
    }

    public static Parsed parse(String line, String runId, Question current) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_LINE) {
            return new Parsed.Invalid("That line is too long; answer with option numbers, e.g. 1 or 1,3.");
        }
        switch (text) {
            case "q", "quit", "exit" -> {
                return new Parsed.Quit();
            }
            case "h", "help" -> {
                return new Parsed.Help();
            }
            case "b", "back" -> {
                return new Parsed.Run(new Command.Back(runId, current.id()));
            }
            case "s", "skip" -> {
                return new Parsed.Run(new Command.Skip(runId, current.id()));
            }
            case "?", "why" -> {
                return new Parsed.Run(new Command.Why(runId, current.id()));
            }
            case "restart" -> {
                return new Parsed.Run(new Command.Restart(runId));
            }
            case "abandon" -> {
                return new Parsed.Run(new Command.Abandon(runId));
            }
            case "" -> {
                return new Parsed.Invalid("Type the number of your answer (h for help).");
            }
            default -> {
                return numbers(text, runId, current);
            }
        }
    }

    private static Parsed numbers(String text, String runId, Question current) {
        Set<Integer> picked = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<Integer> n = number(part);
            if (n.isEmpty()) {
                return new Parsed.Invalid("'" + shorten(part) + "' is not an option number. " + range(current));
            }
            if (n.get() < 1 || n.get() > current.options().size()) {
                return new Parsed.Invalid("There is no option " + n.get() + ". " + range(current));
            }
            picked.add(n.get());
        }
        int max = current.kind().maxSelections();
        if (picked.size() > max) {
            return new Parsed.Invalid(max == 1
                    ? "Choose just one number for this question."
                    : "Choose at most " + max + " options for this question.");
        }
        List<String> ids = new ArrayList<>();
        for (int n : picked) {
            ids.add(current.options().get(n - 1).id());
        }
        return new Parsed.Run(new Command.Answer(runId, current.id(), ids));
    }

    private static Optional<Integer> number(String part) {
        if (!part.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(part));
    }

    private static String range(Question current) {
        return "Choose from 1 to " + current.options().size() + " (h for help).";
    }

    private static String shorten(String part) {
        String printable = part.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 20 ? printable.substring(0, 20) + "…" : printable;
    }
}
