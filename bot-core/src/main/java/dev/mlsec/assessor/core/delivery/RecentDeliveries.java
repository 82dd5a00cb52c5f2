package dev.mlsec.assessor.core.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small bounded memory of recent delivery keys, so a delivery a chat platform sends again is
 * recognised and not acted on twice: Slack's trigger ids when it retries, Discord's interaction ids
 * when the gateway replays one (Discord accepts one response per interaction, so the first
 * delivery's answer is the one the person sees).
 */
public final class RecentDeliveries {

    private final Map<String, Boolean> seen;

    public RecentDeliveries(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time a key is seen, false for every repeat; null or empty keys are never repeats. */
    public synchronized boolean first(String key) {
        if (key == null || key.isEmpty()) {
            return true;
        }
        return seen.put(key, Boolean.TRUE) == null;
    }
}
