package dev.mlsec.assessor.questions;

/** The closed set of ways a question can be answered. */
public sealed interface QuestionKind {

    /** Exactly one option. */
    record SingleChoice() implements QuestionKind {
    }

    /** Between {@code min} and {@code max} options. */
    record MultipleChoice(int min, int max) implements QuestionKind {
        public MultipleChoice {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("need 1 <= min <= max, got min " + min + ", max " + max);
            }
        }
    }

    /** Exactly one option from an ordered scale, first option lowest. */
    record Scale() implements QuestionKind {
    }

    /** How many options may be chosen at most. */
    default int maxSelections() {
        return this instanceof MultipleChoice m ? m.max() : 1;
    }

    /** How many options must be chosen at least. */
    default int minSelections() {
        return this instanceof MultipleChoice m ? m.min() : 1;
    }

    default String id() {
        if (this instanceof MultipleChoice) {
            return "multiple";
        }
        return this instanceof Scale ? "scale" : "single";
    }
}
