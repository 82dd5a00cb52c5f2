package dev.mlsec.assessor.core.view;

import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Attack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a respondent reads when they finish a questionnaire, in every channel.
 *
 * @param title           e.g. "Security of your ML system: done, thank you!"
 * @param scoresHeading   what the scores measure
 * @param scores          one per attack the questionnaire scores, in attack order
 * @param recommendations what would help most, at most {@value #TOP_RECOMMENDATIONS}
 * @param counted         how many were answered, and that the answers are no longer linked to them
 * @param assessment      the assessment the answers count toward, if any
 * @param privacy         who can see the message
 */
public record SummaryView(String title, String scoresHeading, List<Score> scores, List<String> recommendations,
                          String counted, Optional<String> assessment, String privacy) {

    /** How many recommendations a summary lists. */
    public static final int TOP_RECOMMENDATIONS = 3;

    /** The heading above the recommendations. */
    public static final String RECOMMENDATIONS_HEADING = "Top recommendations";

    public SummaryView {
        scores = List.copyOf(scores);
        recommendations = List.copyOf(recommendations);
    }

    /** One attack's score, 0 to 100. */
    public record Score(String attack, int value) {
    }

    public static SummaryView of(Reply.Completed completed, Surface surface) {
        PersonalSummary s = completed.summary();
        List<Score> scores = new ArrayList<>();
        for (Attack a : Attack.values()) {
            Integer value = s.scores().get(a);
            if (value != null) {
                scores.add(new Score(a.title(), value));
            }
        }
        String counted = "You answered " + s.answered() + " questions (" + s.dontKnow() + " \"don't know\", counted as "
                + "exposed, not as safe). Your answers are now counted anonymously and are no longer linked to you.";
        return new SummaryView(s.questionnaireTitle() + ": done, thank you!",
                "Your " + s.dimension().id().toLowerCase(Locale.ROOT) + " scores per attack (0 to 100)", scores,
                s.recommendations().stream().limit(TOP_RECOMMENDATIONS).toList(), counted,
                completed.run().assessmentCode().map(code -> "These answers count toward assessment " + code + "."),
                surface.privacy());
    }
}
