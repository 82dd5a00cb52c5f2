package dev.mlsec.assessor.core.trends;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The spread of residual-risk bands per attack at the end of one quarter, across every ML system's
 * latest scored round by then; withheld, saying how many more are needed, while fewer than k systems count.
 *
 * @param quarter   e.g. "2026-Q4"
 * @param systems   how many systems' latest rounds count
 * @param perAttack attack id, then band id, to count; empty while withheld
 * @param withheld  why it is withheld; empty when shown
 */
public record QuarterSpread(String quarter, long systems, Optional<Map<String, Map<String, Long>>> perAttack, String withheld) {

    public QuarterSpread {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(perAttack, "perAttack");
    }
}
