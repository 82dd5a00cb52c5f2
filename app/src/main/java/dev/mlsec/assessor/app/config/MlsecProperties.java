package dev.mlsec.assessor.app.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the bot, bound from {@code mlsec.*} properties; each has an environment-variable
 * form (see application.yml and the README's table). Checked by {@link SettingsCheck} before use.
 */
@ConfigurationProperties("mlsec")
public record MlsecProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("") String mongodbUri,
        @DefaultValue("mlsec") String database,
        @DefaultValue("") String secret,
        @DefaultValue Anonymity anonymity,
        @DefaultValue Retention retention,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Slack slack,
        @DefaultValue Discord discord,
        @DefaultValue Jobs jobs) {

    /** k-anonymity of every breakdown. */
    public record Anonymity(@DefaultValue("5") int k) {
    }

    /** How long unfinished runs are kept. */
    public record Retention(@DefaultValue("30") int abandonedAfterDays) {
    }

    /** Commands per minute one respondent, and one workspace or guild, may send. */
    public record RateLimit(@DefaultValue("60") int perRespondentPerMinute,
                            @DefaultValue("1200") int perSpacePerMinute) {
    }

    /**
     * Periodic jobs: how often due items are looked for, and how long a claim on one holds before
     * another instance may take it (an instance killed after claiming loses it then).
     */
    public record Jobs(@DefaultValue("PT1M") java.time.Duration dueEvery,
                       @DefaultValue("PT5M") java.time.Duration claimHold) {
    }

    public record Slack(@DefaultValue("") String botToken,
                        @DefaultValue("") String signingSecret,
                        @DefaultValue("") String appToken,
                        @DefaultValue("https://slack.com/api/") String apiUrl,
                        @DefaultValue("") List<String> leads) {

        public boolean enabled() {
            return !botToken.isEmpty();
        }

        public boolean socketMode() {
            return !appToken.isEmpty();
        }
    }

    public record Discord(@DefaultValue("") String botToken,
                          @DefaultValue("https://discord.com/api/v10/") String restUrl,
                          @DefaultValue("") String gatewayUrl,
                          @DefaultValue("") String devGuildId,
                          @DefaultValue("") String leadRole) {

        public boolean enabled() {
            return !botToken.isEmpty();
        }
    }
}
