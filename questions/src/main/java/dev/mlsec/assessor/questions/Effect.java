package dev.mlsec.assessor.questions;

import java.util.Objects;
import java.util.Set;

/**
 * What choosing an option says about the system, in the role it plays in the risk model: a factor of
 * an attacker's access or of the model's susceptibility, a write path for poisoning, an impact level,
 * a control in place, or a control missing. Factors are multipliers in [0, 1]: 1 is the most exposed
 * answer of its question, and a question left unanswered counts as 1 (no reduction claimed).
 */
public sealed interface Effect {

    /** The respondent's own rating of one attack's impact. */
    record Impact(Attack attack, ImpactLevel level) implements Effect {
        public Impact {
            Objects.requireNonNull(attack, "attack");
            Objects.requireNonNull(level, "level");
        }
    }

    /** Context that raises the rated impact of these attacks by one level (at most one in all). */
    record Raises(Set<Attack> attacks) implements Effect {
        public Raises {
            attacks = Set.copyOf(attacks);
        }
    }

    /** How motivated attackers are to mount one attack; the most motivated answer of a question counts. */
    record Motive(Attack attack, double factor) implements Effect {
        public Motive {
            Objects.requireNonNull(attack, "attack");
            checkFactor(factor);
        }
    }

    /** Query access: who can send inputs, see outputs, how detailed, how many; multiplied across questions. */
    record Access(Attack attack, double factor) implements Effect {
        public Access {
            Objects.requireNonNull(attack, "attack");
            checkFactor(factor);
        }
    }

    /** Direct access to the model itself (shipped to devices, parameters obtainable): the larger of this and query access counts. */
    record WhiteBox(Attack attack, double factor) implements Effect {
        public WhiteBox {
            Objects.requireNonNull(attack, "attack");
            checkFactor(factor);
        }
    }

    /** How susceptible the model is once reached (input kind, size, model family, attacker knowledge). */
    record Susceptibility(Attack attack, double factor) implements Effect {
        public Susceptibility {
            Objects.requireNonNull(attack, "attack");
            checkFactor(factor);
        }
    }

    /** A way to write into what the model learns from, with how easily an outsider can use it. */
    record Path(PoisoningPath path, double strength) implements Effect {
        public Path {
            Objects.requireNonNull(path, "path");
            checkFactor(strength);
        }
    }

    /** A check on one write path (provenance, review, caps), multiplying its strength. */
    record PathFactor(PoisoningPath path, double factor) implements Effect {
        public PathFactor {
            Objects.requireNonNull(path, "path");
            checkFactor(factor);
        }
    }

    /** How readily poisoned data reaches a released model (retraining frequency, its gate). */
    record Uptake(double factor) implements Effect {
        public Uptake {
            checkFactor(factor);
        }
    }

    /** A control in place, at a strength from 0 (nominal) to 1 (fully in place). */
    record Control(String id, double strength) implements Effect {
        public Control {
            Objects.requireNonNull(id, "id");
            checkFactor(strength);
        }
    }

    /** A control the answer shows to be missing: the recommendation this answer calls for. */
    record Gap(String id) implements Effect {
        public Gap {
            Objects.requireNonNull(id, "id");
        }
    }

    private static void checkFactor(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("a factor must be from 0 to 1, got " + value);
        }
    }
}
