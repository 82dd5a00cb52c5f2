package dev.mlsec.assessor.core.identity;

import java.util.Objects;

/**
 * Who sends a command, as the platform names them. A transient value: it is turned into a keyed
 * pseudonym at once and never stored, logged or printed ({@link #toString()} hides it).
 *
 * @param platform the chat platform
 * @param space    the workspace (Slack team id) or guild (Discord guild id; a DM's own id when none)
 * @param user     the platform's user id
 */
public record Respondent(Platform platform, String space, String user) {

    public Respondent {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(user, "user");
    }

    public Space spaceOf() {
        return new Space(platform, space);
    }

    @Override
    public String toString() {
        return "Respondent[" + platform.id() + ", redacted]";
    }
}
