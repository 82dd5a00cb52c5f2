package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void a_rate_limited_post_is_retried_after_the_wait_slack_asks_for_and_then_goes_through() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            MethodsClient methods = Slack.getInstance(config).methods("xoxb-test");
            slack.rateLimit("chat.postMessage", 1);
            long started = System.nanoTime();
            Optional<SlackWeb.Posted> posted = new SlackWeb(methods).post("C1", Optional.empty(), new SlackMessage("hello", java.util.List.of()));
            assertThat(posted).isPresent();
            assertThat(slack.calls("chat.postMessage")).hasSize(2);
            assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(900_000_000L);
        }
    }

    @Test
    void the_wait_follows_retry_after_and_is_capped() {
        assertThat(Backoff.retryAfterMillis("2", 1)).isEqualTo(2000);
        assertThat(Backoff.retryAfterMillis("600", 1)).isEqualTo(15_000);
        assertThat(Backoff.retryAfterMillis(null, 3)).isEqualTo(4000);
        assertThat(Backoff.retryAfterMillis("soon", 1)).isEqualTo(1000);
    }
}
