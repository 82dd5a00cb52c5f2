package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackBotUnderPressureTest {

    private static final String SECRET = "pressure-signing-secret";

    /** A work queue that is always full. */
    static final class FullQueue extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void execute(Runnable command) {
            throw new RejectedExecutionException("full");
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            shutdown = true;
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final FakeSlackApi slack = new FakeSlackApi();
    private final SlackSigner signer = new SlackSigner(SECRET);

    @AfterEach
    void close() {
        slack.close();
        assessor.close();
    }

    @Test
    void when_the_work_queue_is_full_a_respondents_step_is_done_on_the_request_thread_instead_of_dropped() {
        ExecutorService full = new FullQueue();
        SlackBot bot = new SlackBot(new SlackSettings("xoxb-0-test", SECRET, Optional.empty(), slack.apiUrl(), Set.of()),
                assessor.engine()::handle, assessor.desk(), assessor.questionnaires(), full);
        try {
            SlackHttpEndpoint endpoint = new SlackHttpEndpoint(bot);
            String code = assessor.assessments().create(new Space(Platform.SLACK, "T0PRESS"), "fraud model").code();
            String body = SlackPayloads.actionBody(SlackPayloads.actionPayload("T0PRESS", "U0PRESS", "C0PRESS", false,
                    "mlsec|open|" + code + "|security", SlackPayloads.obj("type", "button", "value", "security"), null, "tr-1",
                    slack.responseUrl("first")));

            SlackHttpEndpoint.HttpResult result = endpoint.handle("POST", "/slack/events",
                    signer.headers(body, "application/x-www-form-urlencoded"), body);

            assertThat(result.status()).isEqualTo(200);
            assertThat(slack.responses("first")).as("posted before the acknowledgement returned").hasSize(1);
            assertThat(slack.responses("first").get(0).body()).contains("Only you can see");
        } finally {
            bot.close();
        }
    }
}
