package dev.mlsec.assessor.discord;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Discord.
 *
 * @param token       the bot token
 * @param restUrl     the REST API base, ending in a slash
 * @param gatewayUrl  the gateway to connect to; empty lets JDA ask Discord for it
 * @param devGuildId  a development guild to register the commands in (instant), instead of globally
 * @param leadRoleId  a role whose members may create assessments and read reports besides Manage Server
 */
public record DiscordSettings(String token, String restUrl, Optional<String> gatewayUrl,
                              Optional<String> devGuildId, Optional<String> leadRoleId) {

    public static final String DEFAULT_REST_URL = "https://discord.com/api/v10/";

    public DiscordSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(restUrl, "restUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(devGuildId, "devGuildId");
        Objects.requireNonNull(leadRoleId, "leadRoleId");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the Discord bot token is empty");
        }
        if (!restUrl.endsWith("/")) {
            restUrl = restUrl + "/";
        }
    }

    /** Discord itself, global commands, no lead role. */
    public static DiscordSettings of(String token) {
        return new DiscordSettings(token, DEFAULT_REST_URL, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
