package dev.mlsec.assessor.discord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small bounded memory of recent interaction ids, so an interaction the gateway delivers again
 * (after a reconnect, or replayed) is recognised and not acted on twice. Discord accepts only one
 * response per interaction, so the first delivery's answer is the one the person sees.
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

    /** True the first time an id is seen, false for every repeat. */
    synchronized boolean first(String id) {
        return seen.put(id, Boolean.TRUE) == null;
    }
}
