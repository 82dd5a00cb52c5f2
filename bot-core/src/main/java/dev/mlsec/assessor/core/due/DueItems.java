package dev.mlsec.assessor.core.due;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where due items wait. Every change is one atomic document operation, so instances sharing the store
 * never hold the same item at once: a claim is taken only on an item that is unclaimed or whose claim
 * has expired, and an instance that dies holding one loses it when it expires.
 */
public interface DueItems {

    /** Stores the item, replacing one of the same id (and any claim on it). */
    void schedule(DueItem item);

    /** Claims one item of this kind due at {@code now}, held for {@code hold}; empty when none is free. */
    Optional<Claim> claimNext(String kind, Instant now, Duration hold);

    /** Deletes a claimed item once done; false when the claim had expired and another took it. */
    boolean complete(Claim claim);

    /** Moves a claimed, recurring item to its next due instant and frees it; false as for {@link #complete}. */
    boolean reschedule(Claim claim, Instant next);

    /** Frees a claimed item at once, to be tried again (e.g. the platform did not answer). */
    void release(Claim claim);

    /** Deletes an item whatever its claim; false when there was none. */
    boolean cancel(String id);

    Optional<DueItem> find(String id);

    /** The ids of every item of a kind, for sweeps. */
    List<String> ids(String kind);
}
