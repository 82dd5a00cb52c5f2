package dev.mlsec.assessor.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small bounded memory of recent delivery keys (trigger ids), so a delivery Slack retries is
 * recognised and not acted on twice.
 */
final class RecentDeliveries {

    private final Map<String, Boolean> seen;

    RecentDeliveries(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time a key is seen, false for every repeat; null or empty keys are never repeats. */
    synchronized boolean first(String key) {
        if (key == null || key.isEmpty()) {
            return true;
        }
        return seen.put(key, Boolean.TRUE) == null;
    }
}
