package dev.mlsec.assessor.app.ops;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Up while every enabled chat channel is connected; part of readiness. */
@Component("channels")
public class ChannelsHealthIndicator implements HealthIndicator {

    private final List<ChannelStatus> channels;

    public ChannelsHealthIndicator(List<ChannelStatus> channels) {
        this.channels = List.copyOf(channels);
    }

    @Override
    public Health health() {
        Health.Builder health = channels.stream().allMatch(ChannelStatus::isConnected) ? Health.up() : Health.down();
        channels.forEach(c -> health.withDetail(c.name(), c.isConnected() ? "connected" : "not connected"));
        return health.build();
    }
}
