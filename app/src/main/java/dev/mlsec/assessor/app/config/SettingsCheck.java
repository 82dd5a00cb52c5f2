package dev.mlsec.assessor.app.config;

import com.mongodb.ConnectionString;
import java.util.regex.Pattern;

/**
 * Refuses settings that cannot work, with one sentence naming the setting and what is wrong. Never
 * repeats a secret's value (a connection string may carry a password).
 */
public final class SettingsCheck {

    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern SLACK_GROUP = Pattern.compile("S[A-Z0-9]{2,20}");
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");
    private static final int MIN_K = 3;

    private SettingsCheck() {
    }

    public static void check(MlsecProperties p) {
        if (p.anonymity().k() < MIN_K) {
            throw new InvalidSettingException("mlsec.anonymity.k", "MLSEC_ANONYMITY_K",
                    "must be at least " + MIN_K + " so no breakdown can single out a respondent, but is " + p.anonymity().k() + ".");
        }
        if (p.retention().abandonedAfterDays() < 1) {
            throw new InvalidSettingException("mlsec.retention.abandoned-after-days", "MLSEC_RETENTION_DAYS",
                    "must be at least 1 day.");
        }
        if (p.rateLimit().perRespondentPerMinute() < 1 || p.rateLimit().perSpacePerMinute() < p.rateLimit().perRespondentPerMinute()) {
            throw new InvalidSettingException("mlsec.rate-limit.per-space-per-minute", "MLSEC_RATE_LIMIT_PER_SPACE",
                    "must be at least the per-respondent limit, and both at least 1.");
        }
        if (!p.secret().isEmpty() && p.secret().length() < 32) {
            throw new InvalidSettingException("mlsec.secret", "MLSEC_SECRET",
                    "must be at least 32 characters long (or leave it unset to generate one in the data directory).");
        }
        if (!p.mongodbUri().isEmpty()) {
            try {
                new ConnectionString(p.mongodbUri());
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingException("mlsec.mongodb-uri", "MONGODB_URI",
                        "is not a valid MongoDB connection string; it must look like mongodb://host:27017/mlsec or mongodb+srv://cluster.example.net/mlsec.");
            }
        }
        checkJobs(p.jobs());
        checkSlack(p.slack());
        checkDiscord(p.discord());
    }

    private static void checkJobs(MlsecProperties.Jobs j) {
        if (j.dueEvery() == null || j.dueEvery().compareTo(java.time.Duration.ofSeconds(1)) < 0
                || j.dueEvery().compareTo(java.time.Duration.ofHours(1)) > 0) {
            throw new InvalidSettingException("mlsec.jobs.due-every", "MLSEC_JOBS_DUE_EVERY",
                    "must be between one second and one hour, e.g. PT1M.");
        }
        if (j.claimHold() == null || j.claimHold().compareTo(java.time.Duration.ofSeconds(5)) < 0
                || j.claimHold().compareTo(java.time.Duration.ofHours(24)) > 0) {
            throw new InvalidSettingException("mlsec.jobs.claim-hold", "MLSEC_JOBS_CLAIM_HOLD",
                    "must be between five seconds and one day, e.g. PT5M: long enough to send one item, short enough that a lost claim is soon retried.");
        }
    }

    private static void checkSlack(MlsecProperties.Slack s) {
        blankButSet(s.botToken(), "mlsec.slack.bot-token", "SLACK_BOT_TOKEN");
        blankButSet(s.signingSecret(), "mlsec.slack.signing-secret", "SLACK_SIGNING_SECRET");
        blankButSet(s.appToken(), "mlsec.slack.app-token", "SLACK_APP_TOKEN");
        if (!s.enabled()) {
            if (!s.signingSecret().isEmpty() || !s.appToken().isEmpty()) {
                throw new InvalidSettingException("mlsec.slack.bot-token", "SLACK_BOT_TOKEN",
                        "is empty, but other Slack settings are set; set the bot token (xoxb-...) to enable Slack.");
            }
            return;
        }
        if (!s.botToken().startsWith("xoxb-")) {
            throw new InvalidSettingException("mlsec.slack.bot-token", "SLACK_BOT_TOKEN",
                    "must be a bot token starting with xoxb- (find it under OAuth & Permissions).");
        }
        if (s.socketMode()) {
            if (!s.appToken().startsWith("xapp-")) {
                throw new InvalidSettingException("mlsec.slack.app-token", "SLACK_APP_TOKEN",
                        "must be an app-level token starting with xapp- (Basic Information > App-Level Tokens).");
            }
        } else if (s.signingSecret().isEmpty()) {
            throw new InvalidSettingException("mlsec.slack.signing-secret", "SLACK_SIGNING_SECRET",
                    "is empty; HTTP mode needs the signing secret (Basic Information > App Credentials), or set SLACK_APP_TOKEN for Socket Mode.");
        }
        if (!s.apiUrl().startsWith("https://") && !s.apiUrl().startsWith("http://")) {
            throw new InvalidSettingException("mlsec.slack.api-url", "MLSEC_SLACK_API_URL", "must be an http(s) URL.");
        }
        for (String lead : s.leads()) {
            String id = lead.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!SLACK_USER.matcher(id).matches() && !SLACK_GROUP.matcher(id).matches()) {
                throw new InvalidSettingException("mlsec.slack.leads", "MLSEC_SLACK_LEADS",
                        "'" + shorten(id) + "' is not a Slack user id (U...) or user group id (S...); list ids, not names.");
            }
        }
    }

    private static void checkDiscord(MlsecProperties.Discord d) {
        blankButSet(d.botToken(), "mlsec.discord.bot-token", "DISCORD_BOT_TOKEN");
        if (!d.enabled()) {
            return;
        }
        if (d.botToken().chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidSettingException("mlsec.discord.bot-token", "DISCORD_BOT_TOKEN", "must not contain spaces.");
        }
        if (!d.leadRole().isEmpty() && !SNOWFLAKE.matcher(d.leadRole()).matches()) {
            throw new InvalidSettingException("mlsec.discord.lead-role", "MLSEC_DISCORD_LEAD_ROLE",
                    "'" + shorten(d.leadRole()) + "' is not a role id; copy the role's id (a long number) with Developer Mode on.");
        }
        if (!d.devGuildId().isEmpty() && !SNOWFLAKE.matcher(d.devGuildId()).matches()) {
            throw new InvalidSettingException("mlsec.discord.dev-guild-id", "MLSEC_DISCORD_DEV_GUILD",
                    "'" + shorten(d.devGuildId()) + "' is not a guild id (a long number).");
        }
        if (!d.restUrl().startsWith("https://") && !d.restUrl().startsWith("http://")) {
            throw new InvalidSettingException("mlsec.discord.rest-url", "MLSEC_DISCORD_REST_URL", "must be an http(s) URL.");
        }
        if (!d.gatewayUrl().isEmpty() && !d.gatewayUrl().startsWith("wss://") && !d.gatewayUrl().startsWith("ws://")) {
            throw new InvalidSettingException("mlsec.discord.gateway-url", "MLSEC_DISCORD_GATEWAY_URL", "must be a ws(s) URL.");
        }
    }

    private static void blankButSet(String value, String property, String env) {
        if (!value.isEmpty() && value.isBlank()) {
            throw new InvalidSettingException(property, env, "is set but blank; set a value or remove the variable.");
        }
    }

    private static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 30 ? printable.substring(0, 30) + "…" : printable;
    }
}
