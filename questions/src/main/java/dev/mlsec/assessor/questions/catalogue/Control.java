package dev.mlsec.assessor.questions.catalogue;

import dev.mlsec.assessor.questions.Attack;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A measure that reduces one or more attacks, and the recommendation given when it is missing.
 *
 * @param id             stable id, referenced by options ({@code control}, {@code gap})
 * @param recommendation what to do, one short imperative
 * @param kind           ML-specific defence or organisational measure
 * @param mitigates      per attack it addresses, the share of attempts it stops when fully in place;
 *                       attacks it does not address are absent
 * @param why            the reason for these weights, for a reviewer
 * @param owasp          OWASP Machine Learning Security Top 10 ids of the risks it addresses
 * @param atlas          MITRE ATLAS mitigation ids it implements; empty for an organisational measure
 */
public record Control(String id, String recommendation, ControlKind kind, Map<Attack, Double> mitigates, String why,
                      List<String> owasp, List<String> atlas) {

    public Control {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
        mitigates = mitigates.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(mitigates));
        owasp = List.copyOf(owasp);
        atlas = List.copyOf(atlas);
    }

    public double weight(Attack attack) {
        return mitigates.getOrDefault(attack, 0.0);
    }

    public boolean addresses(Attack attack) {
        return mitigates.containsKey(attack);
    }
}
