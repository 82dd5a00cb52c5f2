package dev.mlsec.assessor.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a Web API call that Slack rate-limited (HTTP 429), waiting as long as its Retry-After
 * header asks (capped), a few times; then fails loudly rather than dropping the step silently.
 */
final class Backoff {

    private static final Logger LOG = LoggerFactory.getLogger(Backoff.class);
    static final int ATTEMPTS = 4;
    private static final long MAX_WAIT_MILLIS = 15_000;

    /** A Web API call. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    private Backoff() {
    }

    static <T> T call(String method, Call<T> call) throws IOException, SlackApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (SlackApiException e) {
                if (e.getResponse() == null || e.getResponse().code() != 429 || attempt >= ATTEMPTS) {
                    throw e;
                }
                long wait = retryAfterMillis(e.getResponse().header("Retry-After"), attempt);
                LOG.warn("Slack rate-limited {}; retrying in {} ms (attempt {} of {})", method, wait, attempt + 1, ATTEMPTS);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting to retry " + method, interrupted);
                }
            }
        }
    }

    static long retryAfterMillis(String header, int attempt) {
        long fallback = 1000L << Math.min(attempt - 1, 4);
        if (header == null) {
            return Math.min(fallback, MAX_WAIT_MILLIS);
        }
        try {
            return Math.min(Math.max(0, Long.parseLong(header.strip())) * 1000, MAX_WAIT_MILLIS);
        } catch (NumberFormatException e) {
            return Math.min(fallback, MAX_WAIT_MILLIS);
        }
    }
}
