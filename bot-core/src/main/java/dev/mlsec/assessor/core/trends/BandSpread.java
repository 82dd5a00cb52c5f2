package dev.mlsec.assessor.core.trends;

import java.util.Map;
import java.util.Optional;

/**
 * How the residual-risk bands of some scored assessments are spread per attack (attack id, then band
 * id to count); withheld, with how many more are needed, while fewer than k assessments are scored.
 */
public record BandSpread(long assessmentsScored, Optional<Map<String, Map<String, Long>>> perAttack, String withheld) {
}
