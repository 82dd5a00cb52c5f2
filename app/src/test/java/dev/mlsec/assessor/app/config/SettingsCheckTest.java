package dev.mlsec.assessor.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    private static MlsecProperties settings(String mongoUri, int k, MlsecProperties.Slack slack, MlsecProperties.Discord discord) {
        return new MlsecProperties(Path.of("data"), mongoUri, "mlsec", "", new MlsecProperties.Anonymity(k),
                new MlsecProperties.Retention(30), new MlsecProperties.RateLimit(60, 1200), slack, discord,
                new MlsecProperties.Jobs(java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(5)));
    }

    private static MlsecProperties.Slack noSlack() {
        return new MlsecProperties.Slack("", "", "", "https://slack.com/api/", List.of());
    }

    private static MlsecProperties.Discord noDiscord() {
        return new MlsecProperties.Discord("", "https://discord.com/api/v10/", "", "", "");
    }

    private static MlsecProperties.Slack slack(String token, String secret, String appToken, List<String> leads) {
        return new MlsecProperties.Slack(token, secret, appToken, "https://slack.com/api/", leads);
    }

    private static MlsecProperties.Discord discord(String token, String role) {
        return new MlsecProperties.Discord(token, "https://discord.com/api/v10/", "", "", role);
    }

    @Test
    void the_defaults_are_accepted() {
        assertThatCode(() -> SettingsCheck.check(settings("", 5, noSlack(), noDiscord()))).doesNotThrowAnyException();
    }

    @Test
    void k_below_three_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 2, noSlack(), noDiscord())))
                .hasMessage("Invalid setting MLSEC_ANONYMITY_K (mlsec.anonymity.k): must be at least 3 so no breakdown can single out a respondent, but is 2.");
    }

    @Test
    void a_claim_hold_too_short_or_too_long_is_refused_naming_the_setting() {
        for (java.time.Duration hold : List.of(java.time.Duration.ofSeconds(4), java.time.Duration.ofDays(2))) {
            MlsecProperties p = new MlsecProperties(Path.of("data"), "", "mlsec", "", new MlsecProperties.Anonymity(5),
                    new MlsecProperties.Retention(30), new MlsecProperties.RateLimit(60, 1200), noSlack(), noDiscord(),
                    new MlsecProperties.Jobs(java.time.Duration.ofMinutes(1), hold));
            assertThatThrownBy(() -> SettingsCheck.check(p))
                    .hasMessageStartingWith("Invalid setting MLSEC_JOBS_CLAIM_HOLD (mlsec.jobs.claim-hold): must be between five seconds and one day");
        }
    }

    @Test
    void a_malformed_mongodb_uri_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("mongo://admin:hunter2@db", 5, noSlack(), noDiscord())))
                .hasMessageStartingWith("Invalid setting MONGODB_URI (mlsec.mongodb-uri): is not a valid MongoDB connection string")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void a_blank_slack_token_is_refused() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 5, slack("  ", "", "", List.of()), noDiscord())))
                .hasMessage("Invalid setting SLACK_BOT_TOKEN (mlsec.slack.bot-token): is set but blank; set a value or remove the variable.");
    }

    @Test
    void a_slack_token_without_signing_secret_or_app_token_is_refused() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 5, slack("xoxb-1", "", "", List.of()), noDiscord())))
                .hasMessageStartingWith("Invalid setting SLACK_SIGNING_SECRET (mlsec.slack.signing-secret): is empty;");
    }

    @Test
    void a_slack_token_of_the_wrong_kind_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 5, slack("xoxp-secret-value", "s", "", List.of()), noDiscord())))
                .hasMessage("Invalid setting SLACK_BOT_TOKEN (mlsec.slack.bot-token): must be a bot token starting with xoxb- (find it under OAuth & Permissions).")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void a_lead_given_by_name_instead_of_id_is_refused() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 5, slack("xoxb-1", "s", "", List.of("U0123ABC", "security-leads")), noDiscord())))
                .hasMessage("Invalid setting MLSEC_SLACK_LEADS (mlsec.slack.leads): 'security-leads' is not a Slack user id (U...) or user group id (S...); list ids, not names.");
    }

    @Test
    void slack_leads_may_mix_users_and_a_user_group() {
        assertThatCode(() -> SettingsCheck.check(settings("", 5, slack("xoxb-1", "s", "", List.of("U0123ABC", "S0614TZR7")), noDiscord())))
                .doesNotThrowAnyException();
    }

    @Test
    void socket_mode_needs_an_app_level_token() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 5, slack("xoxb-1", "", "xoxb-2", List.of()), noDiscord())))
                .hasMessageStartingWith("Invalid setting SLACK_APP_TOKEN (mlsec.slack.app-token): must be an app-level token starting with xapp-");
    }

    @Test
    void a_discord_lead_role_that_is_not_an_id_is_refused() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 5, noSlack(), discord("abc.def", "Moderators"))))
                .hasMessage("Invalid setting MLSEC_DISCORD_LEAD_ROLE (mlsec.discord.lead-role): 'Moderators' is not a role id; copy the role's id (a long number) with Developer Mode on.");
    }

    @Test
    void a_blank_discord_token_is_refused() {
        assertThatThrownBy(() -> SettingsCheck.check(settings("", 5, noSlack(), discord(" ", ""))))
                .hasMessage("Invalid setting DISCORD_BOT_TOKEN (mlsec.discord.bot-token): is set but blank; set a value or remove the variable.");
    }

    @Test
    void a_short_configured_secret_is_refused() {
        MlsecProperties p = new MlsecProperties(Path.of("data"), "", "mlsec", "too-short", new MlsecProperties.Anonymity(5),
                new MlsecProperties.Retention(30), new MlsecProperties.RateLimit(60, 1200), noSlack(), noDiscord(),
                new MlsecProperties.Jobs(java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(5)));
        assertThatThrownBy(() -> SettingsCheck.check(p)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("MLSEC_SECRET").hasMessageNotContaining("too-short");
        assertThat(new InvalidSettingException("a", "B", "c").environmentVariable()).isEqualTo("B");
    }
}
