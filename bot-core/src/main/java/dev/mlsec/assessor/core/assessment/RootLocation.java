package dev.mlsec.assessor.core.assessment;

import dev.mlsec.assessor.core.identity.Platform;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an assessment's root message is: the platform, and the place in the adapter's own words
 * (opaque to the core, sealed before it is stored).
 */
public record RootLocation(Platform platform, String where) {

    public RootLocation {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(where, "where");
    }

    String encode() {
        return platform.name() + ":" + where;
    }

    /**
     * Reads what {@link #encode()} wrote; a location stored before locations named their platform is
     * read by its shape (Slack's {@code channel|ts|ts}, Discord's {@code channel/message}).
     */
    static Optional<RootLocation> decode(String text) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            for (Platform p : Platform.values()) {
                if (p.name().equals(text.substring(0, colon))) {
                    return Optional.of(new RootLocation(p, text.substring(colon + 1)));
                }
            }
        }
        if (text.split("\\|", -1).length == 3) {
            return Optional.of(new RootLocation(Platform.SLACK, text));
        }
        return text.indexOf('/') > 0 ? Optional.of(new RootLocation(Platform.DISCORD, text)) : Optional.empty();
    }
}
