package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.identity.Promises;
import java.util.List;

/**
 * The verbs of {@code /mlsec}, in the order help lists them, with what each does. Channels draw the
 * arguments in their own syntax (Slack {@code <code>}, Discord {@code code:<code>}).
 */
public enum Verb {
    NEW(List.of("system name", "[--private]"), true, "create an assessment and post it here, with a button per "
            + "questionnaire; `--private` shows no scores until each questionnaire has enough answer sets"),
    START(List.of("[questionnaire]"), false, "answer one questionnaire, in a message only you can see"),
    RESUME(List.of(), false, "carry on where you left off"),
    STATUS(List.of("code"), true, "how many completed each questionnaire"),
    REPORT(List.of("code", "[--share]"), true, "key figures, charts and the HTML report; shared, in the assessment's thread"),
    TRENDS(List.of(), true, "everyone's trends, and this workspace's or server's where there are enough"),
    EXPORT(List.of("code", "csv|json"), true, "the anonymous answers as a file"),
    ROUND(List.of("code"), true, "open the next round of the assessment, posted where its last round is"),
    CLOSE(List.of("code"), true, "close a round: no more answers, its report frozen"),
    REMIND(List.of("code", "every 3d|off"), true, "post a reminder in the assessment's thread on a cadence, naming nobody, until enough have answered"),
    SCHEDULE(List.of("code", "every 90d|off"), true, "open the next rounds by themselves, where the last one is"),
    HELP(List.of(), false, "this list");

    /** The line below the list: what the bot is for. */
    public static final String ABOUT = "MLSec Assessor asks short questionnaires about how exposed an ML system is to "
            + "poisoning, evasion, model stealing and training-data inference. " + Promises.ABOUT;

    private final List<String> arguments;
    private final boolean leadsOnly;
    private final String description;

    Verb(List<String> arguments, boolean leadsOnly, String description) {
        this.arguments = arguments;
        this.leadsOnly = leadsOnly;
        this.description = description;
    }

    /** As typed, e.g. "new". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<String> arguments() {
        return arguments;
    }

    public boolean leadsOnly() {
        return leadsOnly;
    }

    /** What it does, with "(leads)" in front where only leads may use it. */
    public String description() {
        return (leadsOnly ? "(leads) " : "") + description;
    }
}
