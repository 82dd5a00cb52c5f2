package dev.mlsec.assessor.questions.catalogue;

import dev.mlsec.assessor.questions.Attack;
import java.util.List;
import java.util.Objects;

/**
 * How the standards name one of the four attacks.
 *
 * @param attack     which attack
 * @param nist       the NIST AI 100-2 attack class id(s)
 * @param techniques the MITRE ATLAS technique ids
 * @param owasp      the OWASP Machine Learning Security Top 10 ids
 */
public record AttackProfile(Attack attack, List<String> nist, List<String> techniques, List<String> owasp) {

    public AttackProfile {
        Objects.requireNonNull(attack, "attack");
        nist = List.copyOf(nist);
        techniques = List.copyOf(techniques);
        owasp = List.copyOf(owasp);
    }
}
