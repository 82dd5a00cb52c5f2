package dev.mlsec.assessor.core.trends;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trends across everyone who answered: how often each option was chosen, per questionnaire, and how
 * the residual-risk bands of assessments are spread per attack. Cells from fewer than k answer sets
 * are withheld with how many more are needed.
 */
public record TrendsReport(int k, List<QuestionnaireTrend> questionnaires, Optional<Map<String, Map<String, Long>>> bandsPerAttack,
                           long assessmentsScored, String bandsWithheld) {

    public TrendsReport {
        questionnaires = List.copyOf(questionnaires);
    }

    /**
     * One questionnaire's answers across all its versions with the same question and option ids;
     * {@code versions} names the versions the counted answer sets were given under, oldest first.
     */
    public record QuestionnaireTrend(String questionnaireId, String title, long completed, List<QuestionTrend> questions,
                                     List<String> versions) {
        public QuestionnaireTrend {
            questions = List.copyOf(questions);
            versions = List.copyOf(versions);
        }

        public QuestionnaireTrend(String questionnaireId, String title, long completed, List<QuestionTrend> questions) {
            this(questionnaireId, title, completed, questions, List.of());
        }
    }

    /**
     * One question: how many answered it and how often each option was chosen; {@code withheld}
     * says why the shares are not shown.
     */
    public record QuestionTrend(String questionId, String text, long answered, List<OptionShare> options, Optional<String> withheld) {
        public QuestionTrend {
            options = List.copyOf(options);
        }
    }

    /** An option and how many chose it; {@code percent} of those who answered the question. */
    public record OptionShare(String optionId, String label, long chosen, int percent) {
    }
}
