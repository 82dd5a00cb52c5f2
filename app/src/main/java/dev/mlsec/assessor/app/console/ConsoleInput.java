package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.view.Control;
import dev.mlsec.assessor.core.view.Press;
import dev.mlsec.assessor.core.view.PromptView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one line typed at the console into a press of a control on the question shown, as the core's
 * {@link PromptView} numbered its options, or says what is unreadable about it. Whether the press is
 * allowed is the engine's to say. Pure: no I/O.
 */
public final class ConsoleInput {

    /** What a line means. */
    public sealed interface Parsed {
        record Run(Command command) implements Parsed {
        }

        record Help() implements Parsed {
        }

        record Invalid(String message) implements Parsed {
        }
    }

    private static final int MAX_LINE = 200;

    private ConsoleInput() {
    }

    /** The key typed for a control; answers are typed as option numbers. */
    public static String key(Control control) {
        return switch (control) {
            case ANSWER -> "1";
            case DONT_KNOW -> "d";
            case BACK -> "b";
            case SKIP -> "s";
            case WHY -> "?";
            case PAUSE -> "q";
            case ANSWER_ALONE -> "o";
            case CONTINUE_ELSEWHERE -> "";
        };
    }

    public static Parsed parse(String line, PromptView current) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_LINE) {
            return new Parsed.Invalid("That line is too long; answer with option numbers, e.g. 1 or 1,3.");
        }
        switch (text) {
            case "q", "quit", "exit", "pause" -> {
                return press(Control.PAUSE, current);
            }
            case "h", "help" -> {
                return new Parsed.Help();
            }
            case "d", "don't know", "dont know" -> {
                return press(Control.DONT_KNOW, current);
            }
            case "b", "back" -> {
                return press(Control.BACK, current);
            }
            case "s", "skip" -> {
                return press(Control.SKIP, current);
            }
            case "?", "why" -> {
                return press(Control.WHY, current);
            }
            case "o", "on my own" -> {
                return press(Control.ANSWER_ALONE, current);
            }
            case "restart" -> {
                return new Parsed.Run(new Command.Restart(current.runId()));
            }
            case "abandon" -> {
                return new Parsed.Run(new Command.Abandon(current.runId()));
            }
            case "" -> {
                return new Parsed.Invalid("Type the number of your answer (h for help).");
            }
            default -> {
                return numbers(text, current);
            }
        }
    }

    private static Parsed press(Control control, PromptView current) {
        return new Parsed.Run(new Press(control, current.runId(), current.questionId(), List.of()).command());
    }

    private static Parsed numbers(String text, PromptView current) {
        List<PromptView.OptionView> options = current.options();
        Set<Integer> picked = new LinkedHashSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<Integer> n = number(part);
            if (n.isEmpty()) {
                return new Parsed.Invalid("'" + shorten(part) + "' is not an option number. " + range(current));
            }
            if (n.get() < 1 || n.get() > options.size()) {
                return new Parsed.Invalid("There is no option " + n.get() + ". " + range(current));
            }
            picked.add(n.get());
        }
        int max = current.selection().max();
        if (picked.size() > max) {
            return new Parsed.Invalid(max == 1
                    ? "Choose just one number for this question."
                    : "Choose at most " + max + " options for this question.");
        }
        List<String> ids = new ArrayList<>();
        for (int n : picked) {
            ids.add(options.get(n - 1).id());
        }
        return new Parsed.Run(new Press(Control.ANSWER, current.runId(), current.questionId(), ids).command());
    }

    private static Optional<Integer> number(String part) {
        if (!part.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(part));
    }

    private static String range(PromptView current) {
        return "Choose from 1 to " + current.options().size() + " (h for help).";
    }

    private static String shorten(String part) {
        String printable = part.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 20 ? printable.substring(0, 20) + "…" : printable;
    }
}
