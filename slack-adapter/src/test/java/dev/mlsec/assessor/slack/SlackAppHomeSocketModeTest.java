package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The App Home through the real Bolt app over Socket Mode, against the fake Web API and WebSocket server. */
class SlackAppHomeSocketModeTest {

    private static final String TEAM = "T0FAKE";
    private static final String MEMBER = "UMEMBER";
    private final AtomicInteger ids = new AtomicInteger();
    private final FakeSlackApi slack = new FakeSlackApi();
    private final TestAssessor core = TestAssessor.with(TestQuestionnaires.all());
    private FakeSocketModeServer socket;
    private SlackBot bot;

    private void start() throws InterruptedException {
        socket = FakeSocketModeServer.open();
        slack.socketModeUrl(socket.url());
        SlackSettings settings = new SlackSettings("xoxb-000000000000-test-token", "unused-in-socket-mode",
                Optional.of("xapp-1-A000-000000000000-test"), slack.apiUrl(), Set.of());
        bot = new SlackBot(settings, core.engine()::handle, core.desk(), TestQuestionnaires.all()).home(core.home());
        bot.start();
        socket.awaitConnection();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        if (socket != null) {
            socket.close();
        }
        slack.close();
        core.close();
    }

    private String envelope(String type, JsonObject payload) {
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        e.addProperty("envelope_id", "env-" + ids.incrementAndGet());
        e.addProperty("accepts_response_payload", false);
        e.add("payload", payload);
        return e.toString();
    }

    @Test
    void opening_the_home_tab_publishes_the_home_and_its_resume_button_continues_the_run() throws Exception {
        start();
        Reply.Prompt first = (Reply.Prompt) core.engine().handle(new Respondent(Platform.SLACK, TEAM, MEMBER),
                new Command.Start("attack-surface", Optional.empty()));
        String run = first.run().runId();

        String opened = envelope("events_api", SlackPayloads.homeOpened(TEAM, MEMBER, "Ev1"));
        socket.send(opened);
        socket.awaitAck(JsonParser.parseString(opened).getAsJsonObject().get("envelope_id").getAsString());
        FakeSlackApi.Call published = slack.await("views.publish", 1).get(0);
        assertThat(published.param("user_id")).isEqualTo(MEMBER);
        assertThat(published.param("view")).contains("mlsec|show|" + run).contains("Attack surface");

        socket.send(envelope("interactive", SlackPayloads.homeAction(TEAM, MEMBER, "mlsec|show|" + run, "trigger-1")));
        FakeSlackApi.Call dm = slack.await("chat.postMessage", 1).get(0);
        assertThat(dm.param("channel")).isEqualTo("D" + MEMBER);
        assertThat(dm.param("blocks")).contains("Where does the training data come from?");
        slack.await("views.publish", 2);
    }
}
