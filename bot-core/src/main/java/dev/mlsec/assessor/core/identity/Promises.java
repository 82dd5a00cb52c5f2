package dev.mlsec.assessor.core.identity;

/**
 * What the bot promises about anonymity, worded once for every channel and exactly as true as it is:
 * names and ids are never stored; answers cannot be linked to a person once a run completes; and while
 * a questionnaire of an assessment has fewer than k completed answer sets, the lead's report reflects
 * each of those answers, so someone who knows who was asked can infer them, unless the assessment is
 * private: then the lead sees no scores until each questionnaire has at least k completed answer sets.
 */
public final class Promises {

    /** The line under every question, after who can see the message. */
    public static final String FOOTER = "Names and ids are never stored; once you finish, your answers are not linked to you.";

    /** Above the first question of a solo run, or of an assessment's questionnaire with k answer sets or more. */
    public static final String STARTED = "Your name and id are never stored, and once you finish, your answers can no "
            + "longer be linked to you.";

    /** Above the first question of an assessment's questionnaire that has fewer than k completed answer sets. */
    public static final String FEW_ANSWER_SETS = "Before you start: few people have finished this questionnaire for "
            + "this assessment yet, so the lead's report reflects each answer, yours included, and someone who knows "
            + "who was asked could infer what you answered. Your name and id are never stored. Answer below to go on, "
            + "or choose Answer on your own instead: this run's answers are deleted and you answer the same "
            + "questionnaire toward no assessment.";

    /**
     * Above the first question of a private assessment's questionnaire, whatever its count: its lead sees no
     * scores before k (never fewer than three) answer sets are in for each questionnaire.
     */
    public static final String PRIVATE = "Your name and id are never stored, and once you finish, your answers can no "
            + "longer be linked to you. This assessment is private: its lead sees no scores until enough people (at "
            + "least three) have finished each of its questionnaires.";

    /** What help and the README say, in one sentence. */
    public static final String ABOUT = "Names and ids are never stored and finished answers are not linked to anyone; "
            + "while only a few people have answered an assessment's questionnaire, its report reflects each answer, "
            + "and the bot says so before the first question, unless the assessment is private and shows no scores "
            + "until then.";

    /** On a lead's report, which reflects each answer while a questionnaire has few answer sets. */
    public static final String REPORT = "Names and ids are never stored; while a questionnaire has few completed "
            + "answer sets, these figures reflect each of them.";

    /** On an assessment's root message. */
    public static final String ROOT = "Your name and id are never stored, and once you finish, your answers are no "
            + "longer linked to you; while few people have answered a questionnaire, its report reflects each answer, "
            + "so the bot tells you before your first question.";

    /** On a private assessment's root message, with the k completed answer sets each questionnaire needs. */
    public static String rootPrivate(int k) {
        return "Your name and id are never stored, and once you finish, your answers are no longer linked to you. "
                + "This assessment is private: its lead sees no scores until each questionnaire has at least " + k
                + " completed answer sets.";
    }

    private Promises() {
    }
}
