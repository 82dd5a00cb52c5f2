package dev.mlsec.assessor.core.due;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does every due item of one kind: claims one at a time and hands it to the kind's handler, whose
 * {@link Outcome} says what becomes of it. A handler that throws leaves the claim to expire, so the
 * item is tried again later, by this instance or another.
 */
public final class DueJob {

    private static final Logger LOG = LoggerFactory.getLogger(DueJob.class);
    /** How long a claim holds: far longer than one item takes, short enough that a lost one is soon retried. */
    public static final Duration HOLD = Duration.ofMinutes(5);
    private static final int MAX_PER_RUN = 500;

    /** What a handler did with an item. */
    public sealed interface Outcome {
        /** Done (or no longer wanted): the item is deleted. */
        record Done() implements Outcome {
        }

        /** Done for now; due again at {@code next}. */
        record Again(Instant next) implements Outcome {
        }

        /** Done for now, and the handler has stored the item anew (with new data): it is left as stored. */
        record Replaced() implements Outcome {
        }

        /** Not done (the platform did not answer): free it to be tried at the next run. */
        record Retry() implements Outcome {
        }
    }

    private final DueItems items;
    private final Clock clock;
    private final String kind;
    private final Duration hold;

    public DueJob(DueItems items, Clock clock, String kind) {
        this(items, clock, kind, HOLD);
    }

    public DueJob(DueItems items, Clock clock, String kind, Duration hold) {
        this.items = items;
        this.clock = clock;
        this.kind = kind;
        this.hold = hold;
    }

    /** Handles the items due now; returns how many were done. */
    public int run(Function<DueItem, Outcome> handler) {
        int done = 0;
        for (int i = 0; i < MAX_PER_RUN; i++) {
            var claimed = items.claimNext(kind, clock.instant(), hold);
            if (claimed.isEmpty()) {
                break;
            }
            Claim claim = claimed.get();
            Outcome outcome;
            try {
                outcome = handler.apply(claim.item());
            } catch (RuntimeException e) {
                LOG.warn("a due {} item failed ({}); it is retried when its claim expires", kind, e.getClass().getSimpleName());
                continue;
            }
            if (outcome instanceof Outcome.Done) {
                done += items.complete(claim) ? 1 : 0;
            } else if (outcome instanceof Outcome.Again again) {
                done += items.reschedule(claim, again.next()) ? 1 : 0;
            } else if (outcome instanceof Outcome.Replaced) {
                done++;
            } else {
                items.release(claim);
                break;
            }
        }
        return done;
    }
}
