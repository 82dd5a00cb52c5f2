package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackSocketModeTest {

    @Test
    void with_an_app_token_the_bot_asks_slack_for_a_socket_mode_connection() {
        try (FakeSlackApi slack = new FakeSlackApi(); TestAssessor core = TestAssessor.with(List.of())) {
            SlackSettings settings = new SlackSettings("xoxb-000000000000-test-token", "secret",
                    Optional.of("xapp-1-A000-000000000000-test"), slack.apiUrl(), Set.of());
            SlackBot bot = new SlackBot(settings, (who, command) -> {
                throw new AssertionError("no command expected");
            }, core.desk(), List.of());

            assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the Slack bot could not start");
            bot.stop();

            FakeSlackApi.Call open = slack.calls("apps.connections.open").get(0);
            assertThat(open.authorization()).isEqualTo("Bearer xapp-1-A000-000000000000-test");
        }
    }

    @Test
    void settings_read_leads_from_the_property_and_default_to_slacks_api() {
        SlackSettings settings = SlackSettings.of("xoxb-1", "s", " ", " U012AB3CD, S0614TZR7 ,");

        assertThat(settings.leads()).containsExactlyInAnyOrder("U012AB3CD", "S0614TZR7");
        assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.socketMode()).isFalse();
        assertThat(settings.toString()).doesNotContain("xoxb-1");
    }
}
