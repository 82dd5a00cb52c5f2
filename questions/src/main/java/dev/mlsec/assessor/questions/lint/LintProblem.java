package dev.mlsec.assessor.questions.lint;

import java.util.Objects;

/**
 * One thing wrong with a questionnaire definition.
 *
 * @param file       the file (or resource) name
 * @param questionId the question it is about; empty when it is about the file, a section or the set
 * @param message    the whole message: names the file, the question and what to fix
 */
public record LintProblem(String file, String questionId, String message) {

    public LintProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
