package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.lead.RootView;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Redraws the progress line in an assessment's thread when the core says its status changed. */
final class SlackRootMessages implements RootMessages {

    private static final Logger LOG = LoggerFactory.getLogger(SlackRootMessages.class);

    private final SlackWeb web;
    private final Executor executor;
    private volatile Runnable afterStatusChange = () -> {
    };

    SlackRootMessages(SlackWeb web, Executor executor) {
        this.web = web;
        this.executor = executor;
    }

    /** Also tells {@code listener} of every status change (the App Home follows them). */
    void alsoTell(Runnable listener) {
        this.afterStatusChange = listener;
    }

    @Override
    public void statusChanged(RootLocation where, RootView view) {
        afterStatusChange.run();
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

    /** Posts the next round's root message in the channel of the last one, with its progress line, and a note in the last one's thread. */
    @Override
    public void roundOpened(RootLocation previous, RootView next, String note, Consumer<RootLocation> placed) {
        Optional<RootMessage.Location> last = RootMessage.Location.decode(previous.where());
        if (last.isEmpty()) {
            return;
        }
        Runnable post = () -> {
            try {
                Optional<SlackWeb.Posted> root = web.post(last.get().channel(), Optional.empty(), RootMessage.render(next));
                if (root.isEmpty()) {
                    return;
                }
                Optional<SlackWeb.Posted> line = web.post(root.get().channel(), Optional.of(root.get().ts()),
                        new SlackMessage(RootMessage.progressLine(next), List.of()));
                RootMessage.Location where = new RootMessage.Location(root.get().channel(), root.get().ts(),
                        line.map(SlackWeb.Posted::ts).orElse(RootMessage.Location.NO_PROGRESS_LINE));
                placed.accept(new RootLocation(dev.mlsec.assessor.core.identity.Platform.SLACK, where.encode()));
                web.post(last.get().channel(), Optional.of(last.get().rootTs()), new SlackMessage(SlackText.escape(note), List.of()));
            } catch (Exception e) {
                LOG.warn("posting the next round's root message failed: {}", e.getClass().getSimpleName());
            }
        };
        try {
            executor.execute(post);
        } catch (RejectedExecutionException busy) {
            post.run();
        }
    }
}
