package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.core.run.StoreProbe;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Whether the store answers a ping; part of readiness. Says nothing about where the store is. */
@Component("store")
public class StoreHealthIndicator implements HealthIndicator {

    private final StoreProbe store;

    public StoreHealthIndicator(StoreProbe store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            store.ping();
            return Health.up().build();
        } catch (RuntimeException e) {
            // a store that cannot be reached, or a driver that fails some other way: either way not ready
            return Health.down().withDetail("reason", "the store does not answer").build();
        }
    }
}
