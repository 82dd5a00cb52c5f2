package dev.mlsec.assessor.questions.catalogue;

import java.util.Objects;

/**
 * One public standard id the reports may cite.
 *
 * @param id   e.g. {@code AML.M0003}, {@code ML05}, {@code NISTAML.evasion}
 * @param name its name in the standard
 * @param url  where a reader can look it up
 */
public record Reference(String id, String name, String url) {

    public Reference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }
}
