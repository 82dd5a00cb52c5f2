package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.lead.RootView;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Redraws the progress line in an assessment's thread when the core says its status changed. */
final class SlackRootMessages implements RootMessages {

    private static final Logger LOG = LoggerFactory.getLogger(SlackRootMessages.class);

    private final SlackWeb web;
    private final Executor executor;

    SlackRootMessages(SlackWeb web, Executor executor) {
        this.web = web;
        this.executor = executor;
    }

    @Override
    public void statusChanged(RootLocation where, RootView view) {
        Optional<RootMessage.Location> place = RootMessage.Location.decode(where.where())
                .filter(l -> !RootMessage.Location.NO_PROGRESS_LINE.equals(l.progressTs()));
        if (place.isEmpty()) {
            return;
        }
        Runnable redraw = () -> {
            try {
                web.update(place.get().channel(), place.get().progressTs(), RootMessage.progressLine(view));
            } catch (Exception e) {
                LOG.warn("updating an assessment's progress line failed: {}", e.getClass().getSimpleName());
            }
        };
        try {
            executor.execute(redraw);
        } catch (RejectedExecutionException busy) {
            redraw.run();
        }
    }
}
