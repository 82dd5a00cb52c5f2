package dev.mlsec.assessor.slack;

/** Slack's documented limits for the Block Kit elements the adapter sends. */
public final class Limits {

    public static final int BLOCKS_PER_MESSAGE = 50;
    public static final int SECTION_TEXT = 3000;
    public static final int CONTEXT_TEXT = 3000;
    public static final int HEADER_TEXT = 150;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int OPTION_TEXT = 75;
    public static final int OPTION_VALUE = 150;
    public static final int ACTION_ID = 255;
    public static final int ELEMENTS_PER_ACTIONS_BLOCK = 25;
    public static final int CHECKBOX_OPTIONS = 10;
    public static final int SELECT_OPTIONS = 100;
    public static final int PLACEHOLDER_TEXT = 150;

    /** Up to this many options, single choices and scales are buttons; beyond, a static select. */
    public static final int MAX_BUTTON_CHOICES = 5;

    private Limits() {
    }

    /** {@code text} shortened to at most {@code max} characters, with an ellipsis when cut. */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "\u2026";
    }
}
