package dev.mlsec.assessor.discord;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InteractionFailureException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a REST request of the bot's that Discord refused and nobody else handled: one
 * concise line, never the library's stack trace nor Discord's message. An interaction Discord no
 * longer knows when it is acknowledged (10062: the acknowledgement came after its three seconds) is
 * counted, for the metrics.
 */
final class RestFailures implements Consumer<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(RestFailures.class);

    private final AtomicLong late = new AtomicLong();

    @Override
    public void accept(Throwable failure) {
        if (failure instanceof ErrorResponseException refused) {
            if (refused.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION) {
                late.incrementAndGet();
                LOG.warn("Discord: an interaction was acknowledged too late and expired (10062)");
            } else {
                LOG.warn("Discord refused a request: {} ({})", refused.getErrorCode(), refused.getErrorResponse().name());
            }
            return;
        }
        if (failure instanceof InteractionFailureException) {
            // what followed an acknowledgement that failed; that failure is already told
            LOG.debug("Discord: a reply to an interaction that was not acknowledged was dropped");
            return;
        }
        LOG.warn("a Discord request failed: {}", failure.getClass().getSimpleName());
    }

    /** How many interactions expired before they were acknowledged. */
    long late() {
        return late.get();
    }
}
