package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Scoring;
import dev.mlsec.assessor.questions.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small questionnaires covering every way a question is rendered. */
final class TestQuestionnaires {

    private TestQuestionnaires() {
    }

    static List<Questionnaire> all() {
        return List.of(riskImpact(), attackSurface(), security());
    }

    static Questionnaire riskImpact() {
        return questionnaire("risk-impact", "Risk impact", Dimension.IMPACT, "Product owners",
                new Section("business", "Business", Optional.empty(), List.of(
                        question("harm", "business", "How much harm would a wrong prediction cause?", new QuestionKind.Scale(),
                                options(Dimension.IMPACT, "none", "low", "medium", "high", "severe"), false))));
    }

    static Questionnaire attackSurface() {
        List<Option> withDontKnow = new ArrayList<>(options(Dimension.EXPOSURE, "public", "partners", "internal"));
        withDontKnow.add(new Option("dont-know", "I don't know", scoring(Dimension.EXPOSURE), Optional.empty(),
                Optional.empty(), true));
        return questionnaire("attack-surface", "Attack surface", Dimension.EXPOSURE, "Engineers",
                new Section("training", "Training", Optional.empty(), List.of(
                        question("data-source", "training", "Where does the training data come from?",
                                new QuestionKind.SingleChoice(), withDontKnow, false),
                        question("framework", "training", "Which framework trains the model?", new QuestionKind.SingleChoice(),
                                options(Dimension.EXPOSURE, "pytorch", "tensorflow", "jax", "sklearn", "xgboost", "lightgbm",
                                        "spark", "other"), true),
                        question("stores", "training", "Where is the data stored?", new QuestionKind.MultipleChoice(1, 3),
                                options(Dimension.EXPOSURE, "s3", "gcs", "hdfs", "local"), false),
                        question("inputs", "training", "Which inputs does the model accept?",
                                new QuestionKind.MultipleChoice(1, 12),
                                options(Dimension.EXPOSURE, "text", "images", "audio", "video", "tabular", "graphs",
                                        "time-series", "code", "logs", "sensor", "clicks", "search"), false))));
    }

    static Questionnaire security() {
        return questionnaire("security", "Security", Dimension.MITIGATION, "Security engineers",
                new Section("controls", "Controls", Optional.empty(), List.of(
                        question("review", "controls", "Is training data reviewed before use?", new QuestionKind.SingleChoice(),
                                options(Dimension.MITIGATION, "always", "sometimes", "never"), false))));
    }

    private static Questionnaire questionnaire(String id, String title, Dimension dimension, String audience, Section section) {
        return new Questionnaire(id, "1.0.0", title, audience, "About " + title.toLowerCase() + ".", dimension,
                List.of(section), "0123456789abcdef0123456789abcdef");
    }

    private static Question question(String id, String section, String text, QuestionKind kind, List<Option> options,
                                     boolean skippable) {
        return new Question(id, section, text, "Because " + text.toLowerCase(), kind, options, new Condition.Always(), skippable);
    }

    private static List<Option> options(Dimension dimension, String... ids) {
        List<Option> options = new ArrayList<>();
        for (String id : ids) {
            options.add(new Option(id, "Label " + id, scoring(dimension), Optional.empty(),
                    Optional.of("Protect " + id), false));
        }
        return options;
    }

    private static Scoring scoring(Dimension dimension) {
        return new Scoring(dimension, Map.of(Attack.POISONING, 1.0));
    }
}
