package dev.mlsec.assessor.slack;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the bot reaches Slack.
 *
 * @param botToken      the bot user OAuth token ({@code xoxb-...})
 * @param signingSecret the app's signing secret, used to verify every HTTP request
 * @param appToken      the app-level token ({@code xapp-...}); when present, the bot connects in Socket Mode
 * @param apiUrl        the Web API base URL, Slack's own {@value #SLACK_API_URL} unless testing
 * @param leads         the Slack user ids ({@code U...}/{@code W...}) and user group ids ({@code S...}) of leads
 */
public record SlackSettings(String botToken, String signingSecret, Optional<String> appToken, String apiUrl,
                            Set<String> leads) {

    public static final String SLACK_API_URL = "https://slack.com/api/";

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(appToken, "appToken");
        Objects.requireNonNull(apiUrl, "apiUrl");
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        leads = Set.copyOf(leads);
    }

    /** Settings for Slack's own API with leads given as in {@code mlsec.slack.leads}. */
    public static SlackSettings of(String botToken, String signingSecret, String appToken, String leads) {
        return new SlackSettings(botToken, signingSecret,
                Optional.ofNullable(appToken).filter(t -> !t.isBlank()), SLACK_API_URL, parseLeads(leads));
    }

    /** Parses the comma-separated {@code mlsec.slack.leads} property, e.g. {@code U012AB3CD,S0614TZR7}. */
    public static Set<String> parseLeads(String property) {
        if (property == null || property.isBlank()) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(property.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }

    public SlackSettings withApiUrl(String url) {
        return new SlackSettings(botToken, signingSecret, appToken, url, leads);
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", socketMode=" + socketMode() + ", leads=" + leads.size() + "]";
    }
}
