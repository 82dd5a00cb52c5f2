package dev.mlsec.assessor.questions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The options a respondent chose, by question id, in answering order. An answered question with an
 * empty list was skipped. Immutable: every change returns a new value.
 */
public record Answers(Map<String, List<String>> byQuestion) {

    private static final Answers NONE = new Answers(Map.of());

    public Answers {
        Objects.requireNonNull(byQuestion, "byQuestion");
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        byQuestion.forEach((q, options) -> copy.put(q, List.copyOf(options)));
        byQuestion = java.util.Collections.unmodifiableMap(copy);
    }

    public static Answers none() {
        return NONE;
    }

    public List<String> chosen(String questionId) {
        return byQuestion.getOrDefault(questionId, List.of());
    }

    public boolean hasAnswered(String questionId) {
        return byQuestion.containsKey(questionId);
    }

    public boolean chose(String questionId, String optionId) {
        return chosen(questionId).contains(optionId);
    }

    public Answers with(String questionId, List<String> optionIds) {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>(byQuestion);
        copy.remove(questionId);
        copy.put(questionId, optionIds);
        return new Answers(copy);
    }

    public Answers without(String questionId) {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>(byQuestion);
        copy.remove(questionId);
        return new Answers(copy);
    }

    /** Only the answers to the given questions, in their answering order. */
    public Answers retainOnly(Set<String> questionIds) {
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>(byQuestion);
        copy.keySet().retainAll(questionIds);
        return new Answers(copy);
    }

    public int size() {
        return byQuestion.size();
    }
}
