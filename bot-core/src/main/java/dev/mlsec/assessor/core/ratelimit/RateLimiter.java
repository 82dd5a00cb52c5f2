package dev.mlsec.assessor.core.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets keyed by pseudonym: each key may take {@code perMinute} commands in a burst and then
 * one every {@code 60 / perMinute} seconds. Keys are pseudonyms, never raw ids. Memory is bounded:
 * buckets that are full again are forgotten, and past {@code maxKeys} the oldest-refilled go first.
 */
public final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, int maxKeys, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    public RateLimiter(int perMinute) {
        this(perMinute, 100_000, System::nanoTime);
    }

    /** Takes one token for the key; false when the key has used up its allowance for now. */
    public boolean tryAcquire(String key) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= maxKeys) {
            forgetFullBuckets(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        return bucket.tryTake(now, perMinute);
    }

    /** How many keys are tracked now (for tests and metrics). */
    public int trackedKeys() {
        return buckets.size();
    }

    private void forgetFullBuckets(long now) {
        buckets.entrySet().removeIf(e -> e.getValue().isFull(now, perMinute));
        if (buckets.size() >= maxKeys) {
            // a flood of distinct keys: drop everything rather than grow without bound
            buckets.clear();
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean tryTake(long now, int perMinute) {
            refill(now, perMinute);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean isFull(long now, int perMinute) {
            refill(now, perMinute);
            return tokens >= perMinute;
        }

        private void refill(long now, int perMinute) {
            long elapsed = Math.max(0, now - last);
            tokens = Math.min(perMinute, tokens + (double) elapsed * perMinute / MINUTE_NANOS);
            last = now;
        }
    }
}
