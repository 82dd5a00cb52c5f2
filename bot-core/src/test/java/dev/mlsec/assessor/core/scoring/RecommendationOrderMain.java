package dev.mlsec.assessor.core.scoring;

import java.util.stream.Collectors;

/** Prints each persona's recommendations in order, one persona a line; run in a fresh JVM by {@link RecommendationOrderTest}. */
public final class RecommendationOrderMain {

    private RecommendationOrderMain() {
    }

    static String orders() {
        StringBuilder out = new StringBuilder();
        for (Personas.Persona p : Personas.ALL_PERSONAS) {
            out.append(p.id()).append(": ").append(p.picture().recommendations().stream().map(Recommendation::controlId)
                    .collect(Collectors.joining(" "))).append('\n');
        }
        return out.toString();
    }

    public static void main(String[] args) {
        System.out.print(orders());
    }
}
