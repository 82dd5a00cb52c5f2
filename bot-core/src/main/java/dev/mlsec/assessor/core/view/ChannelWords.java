package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.identity.Platform;
import java.util.stream.Collectors;

/** What every channel says when the engine is not asked at all: unreadable input, failures, help. */
public final class ChannelWords {

    public static final String UNKNOWN_CONTROL =
            "That button is not one I recognise; it may be from an older message. Use `/mlsec resume` to carry on where you were.";
    public static final String NO_SENDER = "I could not tell who sent this, so nothing was done.";
    public static final String UNREADABLE = "I could not read that command's options. `/mlsec help` shows how to use it.";
    public static final String BUSY = "I am busy right now; nothing was changed. Please try again in a minute.";
    public static final String FAILED = "Something went wrong on my side; nothing was changed. Please try again in a moment.";
    public static final String CODE_NEEDS_SPACE = "Assessment codes work only in the workspace or server the assessment "
            + "belongs to: start there, with the button on the assessment's message or `/mlsec start`. Only you see your questions.";
    public static final String MOVED_TO_DM = "Continued in your DM with me; this message is no longer needed.";
    public static final String CHOOSE_QUESTIONNAIRE = "Which questionnaire would you like to answer?";

    private ChannelWords() {
    }

    /** What a home holds, after where it is. */
    static final String HOME = "your unfinished questionnaires to resume, the ones you can start and, for leads, "
            + "the assessments with their progress";

    /** Help: what each verb of {@code /mlsec} does, then what the bot is for. */
    public static String help() {
        return "Here is what I can do:\n" + java.util.Arrays.stream(Verb.values())
                .map(v -> "\u2022 `" + usage(v) + "`: " + v.description()).collect(Collectors.joining("\n"))
                + "\n" + Verb.ABOUT;
    }

    /** Help on one platform: the verbs, where that platform's home is, then what the bot is for. */
    public static String help(Platform platform) {
        return help().replace("\n" + Verb.ABOUT, "\n" + home(platform) + "\n" + Verb.ABOUT);
    }

    /** Where a person's home is on the platform, and what it holds, as a line of help. */
    public static String home(Platform platform) {
        return "\u2022 " + switch (platform) {
            case SLACK -> "The Home tab of my app";
            case DISCORD -> "`/mlsec home`";
            case CONSOLE -> "`mlsec home`";
        } + ": " + HOME;
    }

    /** How a verb is typed, e.g. {@code /mlsec export <code> <csv|json>}. */
    public static String usage(Verb verb) {
        return "/mlsec " + verb.word() + verb.arguments().stream()
                .map(a -> a.startsWith("[") || a.contains("|") ? " " + a : " <" + a + ">").collect(Collectors.joining());
    }
}
