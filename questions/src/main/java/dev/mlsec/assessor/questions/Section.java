package dev.mlsec.assessor.questions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A titled group of questions; in the attack-surface questionnaire, one lifecycle stage. */
public record Section(String id, String title, Optional<Stage> stage, List<Question> questions) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(stage, "stage");
        questions = List.copyOf(questions);
    }
}
