package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackHttpEndpointTest {

    private final SlackHarness h = new SlackHarness();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void help_is_answered_privately_with_every_subcommand() {
        SlackHttpEndpoint.HttpResult result = h.command(SlackHarness.TEAM, "U1", "help", "r1");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("\"response_type\":\"ephemeral\"")
                .contains("/mlsec new \\u003csystem name\\u003e", "/mlsec start", "/mlsec resume", "/mlsec report",
                        "/mlsec trends", "/mlsec export", "/mlsec status", "The Home tab of my app: ");
    }

    @Test
    void a_request_with_a_wrong_signature_is_refused_with_401() {
        String body = SlackHarness.commandBody(SlackHarness.TEAM, "U1", "help", "t1", h.slack.responseUrl("r"));
        Map<String, List<String>> headers = new SlackSigner("another-secret").headers(body, "application/x-www-form-urlencoded");

        SlackHttpEndpoint.HttpResult result = h.post(body, headers);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).isEqualTo("{\"error\":\"invalid request\"}");
        assertThat(h.slack.methods()).containsOnly("auth.test");
    }

    @Test
    void a_request_signed_more_than_five_minutes_ago_is_refused_with_401() {
        String body = SlackHarness.commandBody(SlackHarness.TEAM, "U1", "help", "t1", h.slack.responseUrl("r"));
        long sixMinutesAgo = Instant.now().getEpochSecond() - 360;

        SlackHttpEndpoint.HttpResult result = h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded", sixMinutesAgo));

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).isEqualTo("{\"error\":\"invalid request\"}");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} s ahead")
    @org.junit.jupiter.params.provider.ValueSource(longs = {360, 3600, 365L * 24 * 3600})
    void a_request_signed_more_than_five_minutes_ahead_is_refused_with_401_and_changes_nothing(long ahead) {
        String before = h.core.dump();
        String body = SlackHarness.commandBody(SlackHarness.TEAM, SlackHarness.LEAD, "new Fraud model", "t1", h.slack.responseUrl("r"));
        long future = Instant.now().getEpochSecond() + ahead;

        SlackHttpEndpoint.HttpResult result = h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded", future));

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body()).isEqualTo("{\"error\":\"invalid request\"}");
        assertThat(h.slack.methods()).containsOnly("auth.test");
        assertThat(h.core.dump()).isEqualTo(before);
    }

    @Test
    void a_request_signed_a_little_ahead_of_this_clock_is_served() {
        String body = SlackHarness.commandBody(SlackHarness.TEAM, "U1", "help", "t1", h.slack.responseUrl("r"));
        long skewed = Instant.now().getEpochSecond() + 240;

        SlackHttpEndpoint.HttpResult result = h.post(body, h.signer.headers(body, "application/x-www-form-urlencoded", skewed));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Here is what I can do");
    }

    @Test
    void a_body_changed_after_signing_is_refused_with_401() {
        String body = SlackHarness.commandBody(SlackHarness.TEAM, "U1", "help", "t1", h.slack.responseUrl("r"));
        Map<String, List<String>> headers = h.signer.headers(body, "application/x-www-form-urlencoded");

        SlackHttpEndpoint.HttpResult result = h.post(body.replace("help", "new+Evil"), headers);

        assertThat(result.status()).isEqualTo(401);
    }

    @Test
    void an_unknown_subcommand_gets_a_friendly_ephemeral_line_with_the_usage() {
        SlackHttpEndpoint.HttpResult result = h.command(SlackHarness.TEAM, "U1", "fly away", "r1");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("\"response_type\":\"ephemeral\"", "I don\\u0027t know `fly`", "/mlsec new");
    }

    @Test
    void malformed_arguments_get_the_subcommands_usage() {
        SlackHttpEndpoint.HttpResult result = h.command(SlackHarness.TEAM, SlackHarness.LEAD, "export AS1 xml", "r1");

        assertThat(result.body()).contains("The format is `csv` or `json`. Usage: `/mlsec export \\u003ccode\\u003e csv|json`");
    }

    @Test
    void only_post_is_accepted() {
        assertThat(h.endpoint.handle("GET", "/slack/events", Map.of(), "").status()).isEqualTo(405);
    }
}
