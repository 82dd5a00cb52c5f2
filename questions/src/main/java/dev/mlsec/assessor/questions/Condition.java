package dev.mlsec.assessor.questions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a question is shown: structured data, not an expression language, so the linter can reason
 * about it. A condition only ever looks at answers to earlier questions.
 */
public sealed interface Condition {

    /** Whether the condition holds for these answers. A question not answered has no option chosen. */
    boolean test(Answers answers);

    /** The ids of the questions this condition reads. */
    Set<String> referencedQuestions();

    /** The question is always shown. */
    record Always() implements Condition {
        @Override
        public boolean test(Answers answers) {
            return true;
        }

        @Override
        public Set<String> referencedQuestions() {
            return Set.of();
        }
    }

    /** How a set of options is matched against the chosen ones. */
    enum Match {
        /** at least one of the options was chosen */
        ANY_OF("anyOf"),
        /** every one of the options was chosen */
        ALL_OF("allOf"),
        /** none of the options was chosen (also true when the question was not answered) */
        NONE_OF("noneOf");

        private final String id;

        Match(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** A test of the options chosen for one earlier question. */
    record Chosen(String question, Match match, List<String> options) implements Condition {
        public Chosen {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(match, "match");
            options = List.copyOf(options);
        }

        @Override
        public boolean test(Answers answers) {
            List<String> chosen = answers.chosen(question);
            if (match == Match.ANY_OF) {
                return options.stream().anyMatch(chosen::contains);
            }
            if (match == Match.ALL_OF) {
                return chosen.containsAll(options);
            }
            return options.stream().noneMatch(chosen::contains);
        }

        @Override
        public Set<String> referencedQuestions() {
            return Set.of(question);
        }
    }

    /** Every one of the conditions holds. */
    record AllOf(List<Condition> conditions) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Answers answers) {
            return conditions.stream().allMatch(c -> c.test(answers));
        }

        @Override
        public Set<String> referencedQuestions() {
            return union(conditions);
        }
    }

    /** At least one of the conditions holds. */
    record AnyOf(List<Condition> conditions) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }

        @Override
        public boolean test(Answers answers) {
            return conditions.stream().anyMatch(c -> c.test(answers));
        }

        @Override
        public Set<String> referencedQuestions() {
            return union(conditions);
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }

        @Override
        public boolean test(Answers answers) {
            return !condition.test(answers);
        }

        @Override
        public Set<String> referencedQuestions() {
            return condition.referencedQuestions();
        }
    }

    private static Set<String> union(List<Condition> conditions) {
        Set<String> all = new LinkedHashSet<>();
        conditions.forEach(c -> all.addAll(c.referencedQuestions()));
        return Set.copyOf(all);
    }
}
