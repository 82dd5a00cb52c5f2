package dev.mlsec.assessor.questions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What choosing an option adds, per attack, to one dimension. Weights are in [0, 1]; an option that
 * reveals no weakness still names the attacks it bears on, with weight 0.
 */
public record Scoring(Dimension dimension, Map<Attack, Double> weights) {

    public Scoring {
        Objects.requireNonNull(dimension, "dimension");
        weights = weights.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(weights));
    }

    public double weight(Attack attack) {
        return weights.getOrDefault(attack, 0.0);
    }

    public boolean bearsOn(Attack attack) {
        return weights.containsKey(attack);
    }
}
