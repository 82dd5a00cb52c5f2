package dev.mlsec.assessor.questions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned questionnaire. Its identity is the triple (id, version, hash): the hash is the SHA-256 of
 * its definition, so a stored answer always records exactly which wording it was given under.
 *
 * @param id        stable id: {@code risk-impact}, {@code attack-surface} or {@code security}
 * @param version   semantic version of the definition
 * @param title     what respondents read as its name
 * @param audience  who should answer it
 * @param intro     one paragraph shown before the first question
 * @param dimension what its answers set in the risk score
 * @param sections  its sections in order
 * @param hash      hex SHA-256 of the definition's bytes
 */
public record Questionnaire(String id, String version, String title, String audience, String intro,
                            Dimension dimension, List<Section> sections, String hash) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(hash, "hash");
        sections = List.copyOf(sections);
    }

    /** Every question in display order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** Whether its options carry typed effects (format 2, scored by the risk model 2) rather than noisy-OR weights. */
    public boolean typed() {
        return questions().stream().flatMap(q -> q.options().stream()).anyMatch(o -> !o.effects().isEmpty());
    }

    /** The first twelve hex digits of the hash, enough to tell versions apart in a report. */
    public String shortHash() {
        return hash.substring(0, Math.min(12, hash.length()));
    }
}
