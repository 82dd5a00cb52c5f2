package dev.mlsec.assessor.core.identity;

import java.util.Objects;

/**
 * A platform space: a Slack workspace or a Discord guild, as the platform names it. Transient like
 * {@link Respondent}: stored only as a keyed pseudonym.
 */
public record Space(Platform platform, String id) {

    public Space {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return "Space[" + platform.id() + ", redacted]";
    }
}
