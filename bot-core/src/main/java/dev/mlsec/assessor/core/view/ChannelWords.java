package dev.mlsec.assessor.core.view;

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

    /** Help: the intro and one line per verb, its usage drawn by the channel. */
    public static String help(java.util.function.Function<Verb, String> usage) {
        return Verb.INTRO + "\n" + java.util.Arrays.stream(Verb.values())
                .map(v -> "- " + usage.apply(v) + ": " + v.description()).collect(Collectors.joining("\n"));
    }
}
