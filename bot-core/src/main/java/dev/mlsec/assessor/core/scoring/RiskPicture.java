package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Stage;
import dev.mlsec.assessor.questions.catalogue.AttackProfile;
import dev.mlsec.assessor.questions.catalogue.Reference;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assessment's risk, from all its completed runs.
 *
 * @param attacks         per attack: impact, exposure (likelihood), mitigation, residual and band, in attack order
 * @param exposureByStage per attack and lifecycle stage, 0..100
 * @param recommendations ranked, most important first
 * @param assumptions     what was assumed for missing questionnaires, in plain words
 * @param disagreements   where respondents to one questionnaire disagree widely, in plain words
 * @param maturity        per section of the mitigation questionnaire, 0.0..3.0; empty when it is missing
 * @param runs            completed runs per questionnaire id
 * @param model           the risk model that scored it ("2.0.0", or "1.0.0" for the noisy-OR model)
 * @param drivers         per attack, the few answers that drove its likelihood, impact and mitigation
 * @param profiles        per attack, how the standards name it (NIST AI 100-2 class, ATLAS techniques)
 * @param references      every standard id the picture cites, with its name and address
 * @param versions        which questionnaire versions the answers were given under, and how they were scored
 */
public record RiskPicture(List<AttackScore> attacks, Map<Attack, Map<Stage, Integer>> exposureByStage,
                          List<Recommendation> recommendations, List<String> assumptions, List<String> disagreements,
                          List<SectionMaturity> maturity, Map<String, Integer> runs, String model,
                          Map<Attack, List<Driver>> drivers, Map<Attack, AttackProfile> profiles,
                          Map<String, Reference> references, List<String> versions) {

    public RiskPicture {
        attacks = List.copyOf(attacks);
        exposureByStage = ordered(exposureByStage);
        recommendations = List.copyOf(recommendations);
        assumptions = List.copyOf(assumptions);
        disagreements = List.copyOf(disagreements);
        maturity = List.copyOf(maturity);
        runs = Collections.unmodifiableMap(new java.util.TreeMap<>(runs));
        EnumMap<Attack, List<Driver>> d = new EnumMap<>(Attack.class);
        drivers.forEach((a, list) -> d.put(a, List.copyOf(list)));
        drivers = Collections.unmodifiableMap(d);
        profiles = Collections.unmodifiableMap(profiles.isEmpty() ? new EnumMap<>(Attack.class) : new EnumMap<>(profiles));
        references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
        versions = List.copyOf(versions);
    }

    /** A picture of the 1.x noisy-OR model: no drivers, no references. */
    public RiskPicture(List<AttackScore> attacks, Map<Attack, Map<Stage, Integer>> exposureByStage,
                       List<Recommendation> recommendations, List<String> assumptions, List<String> disagreements,
                       List<SectionMaturity> maturity, Map<String, Integer> runs) {
        this(attacks, exposureByStage, recommendations, assumptions, disagreements, maturity, runs, "1.0.0",
                Map.of(), Map.of(), Map.of(), List.of());
    }

    public AttackScore score(Attack attack) {
        return attacks.stream().filter(s -> s.attack() == attack).findFirst().orElseThrow();
    }

    public List<Driver> drivers(Attack attack) {
        return drivers.getOrDefault(attack, List.of());
    }

    private static Map<Attack, Map<Stage, Integer>> ordered(Map<Attack, Map<Stage, Integer>> byStage) {
        EnumMap<Attack, Map<Stage, Integer>> copy = new EnumMap<>(Attack.class);
        byStage.forEach((a, m) -> copy.put(a, Collections.unmodifiableMap(new EnumMap<>(m))));
        return Collections.unmodifiableMap(copy);
    }
}
