package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.NewAssessmentWords;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.core.view.Verb;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A parsed {@code /mlsec} command, or the usage to show when it could not be parsed. */
public sealed interface SlashCommand {

    String NAME = "/mlsec";

    record Help() implements SlashCommand {
    }

    /** Create an assessment; a private one withholds its scores until each questionnaire has k answer sets. */
    record New(String systemName, boolean isPrivate) implements SlashCommand {
    }

    record Start(Optional<String> questionnaireId) implements SlashCommand {
    }

    record Resume() implements SlashCommand {
    }

    record Report(String code, boolean share) implements SlashCommand {
    }

    record Trends() implements SlashCommand {
    }

    record Export(String code, String format) implements SlashCommand {
    }

    record Status(String code) implements SlashCommand {
    }

    /** Open the next round of an assessment (leads). */
    record Round(String code) implements SlashCommand {
    }

    /** Close an assessment's round (leads). */
    record Close(String code) implements SlashCommand {
    }

    /** Set how often reminders are posted in an assessment's thread, or turn them off (leads). */
    record Remind(String code, String cadence) implements SlashCommand {
    }

    /** Schedule the next rounds of an assessment, or stop them (leads); the cadence as typed. */
    record Schedule(String code, String cadence) implements SlashCommand {
    }

    /** What the respondent typed could not be read; {@code message} says why and how. */
    record Invalid(String message) implements SlashCommand {
    }

    static SlashCommand parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return new Help();
        }
        List<String> words = Arrays.asList(trimmed.split("\\s+"));
        String sub = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        switch (sub) {
            case "help":
                return new Help();
            case "new": {
                String name = trimmed.substring(words.get(0).length()).trim();
                if (name.isEmpty()) {
                    return usage("new", "Give the name of the ML system to assess.");
                }
                LeadRequest.New request;
                try {
                    request = NewAssessmentWords.parse(name);
                } catch (AssessorException refused) {
                    return usage("new", SlackText.escape(refused.getMessage()));
                }
                if (request.systemName().length() > 80) {
                    return usage("new", "Keep the system's name under 80 characters.");
                }
                return new New(request.systemName(), request.isPrivate());
            }
            case "start":
                if (args.size() > 1) {
                    return usage("start", "Name at most one questionnaire.");
                }
                return new Start(args.isEmpty() ? Optional.empty() : Optional.of(args.get(0).toLowerCase(Locale.ROOT)));
            case "resume":
                return args.isEmpty() ? new Resume() : usage("resume", "`resume` takes no arguments.");
            case "trends":
                return args.isEmpty() ? new Trends() : usage("trends", "`trends` takes no arguments.");
            case "status":
                return args.size() == 1 ? new Status(args.get(0)) : usage("status", "Give one assessment code.");
            case "round":
                return args.size() == 1 ? new Round(args.get(0)) : usage("round", "Give one assessment code.");
            case "close":
                return args.size() == 1 ? new Close(args.get(0)) : usage("close", "Give one assessment code.");
            case "remind":
                return args.size() >= 2 ? new Remind(args.get(0), String.join(" ", args.subList(1, args.size())))
                        : usage("remind", "Give an assessment code and how often, e.g. `every 3d`, or `off`.");
            case "schedule":
                return args.size() >= 2 ? new Schedule(args.get(0), String.join(" ", args.subList(1, args.size())))
                        : usage("schedule", "Give one assessment code, then `every 90d` or `off`.");
            case "report": {
                List<String> rest = args.stream().filter(a -> !a.equals("--share")).toList();
                if (rest.size() != 1 || args.size() - rest.size() > 1) {
                    return usage("report", "Give one assessment code, optionally followed by `--share`.");
                }
                return new Report(rest.get(0), rest.size() != args.size());
            }
            case "export": {
                if (args.size() != 2) {
                    return usage("export", "Give an assessment code and a format.");
                }
                String format = args.get(1).toLowerCase(Locale.ROOT);
                if (!format.equals("csv") && !format.equals("json")) {
                    return usage("export", "The format is `csv` or `json`.");
                }
                return new Export(args.get(0), format);
            }
            default:
                return new Invalid("I don't know `" + clipWord(sub) + "`. " + ChannelWords.help(dev.mlsec.assessor.core.identity.Platform.SLACK));
        }
    }

    private static String clipWord(String word) {
        String safe = word.replace("`", "'");
        return SlackText.escape(safe.length() > 30 ? safe.substring(0, 30) + "\u2026" : safe);
    }

    private static Invalid usage(String sub, String why) {
        return new Invalid(why + " Usage: `" + ChannelWords.usage(Verb.valueOf(sub.toUpperCase(Locale.ROOT))) + "`");
    }
}
