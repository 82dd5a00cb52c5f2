package dev.mlsec.assessor.core.scoring;

import dev.mlsec.assessor.questions.Attack;

/** One attack's scores, each 0..100. */
public record AttackScore(Attack attack, int impact, int exposure, int mitigation, int residual, Band band) {
}
