package dev.mlsec.assessor.questions.catalogue;

import dev.mlsec.assessor.questions.Attack;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controls options may name, and the standard ids reports may cite, kept as data
 * ({@code catalogue/controls.yaml}, {@code catalogue/standards.yaml}).
 *
 * @param controls  by id, in the order written
 * @param known     every standard id the catalogue may use, by id
 * @param attacks   how the standards name each attack
 */
public record Catalogue(Map<String, Control> controls, Map<String, Reference> known, Map<Attack, AttackProfile> attacks) {

    public Catalogue {
        controls = Collections.unmodifiableMap(new LinkedHashMap<>(controls));
        known = Collections.unmodifiableMap(new LinkedHashMap<>(known));
        attacks = Collections.unmodifiableMap(new java.util.EnumMap<>(attacks.isEmpty()
                ? new java.util.EnumMap<Attack, AttackProfile>(Attack.class) : attacks));
    }

    public Optional<Control> control(String id) {
        return Optional.ofNullable(controls.get(id));
    }

    public Optional<Reference> reference(String id) {
        return Optional.ofNullable(known.get(id));
    }

    public AttackProfile profile(Attack attack) {
        return attacks.getOrDefault(attack, new AttackProfile(attack, List.of(), List.of(), List.of()));
    }
}
