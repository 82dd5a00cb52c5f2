package dev.mlsec.assessor.slack;

import com.slack.api.bolt.util.Responder;
import dev.mlsec.assessor.core.view.ChannelWords;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the work after an acknowledgement runs. A failure is logged by its kind only and the person
 * is told plainly; a full queue runs the work on the request thread, slowing the sender down instead
 * of losing their step.
 */
final class Workers {

    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);
    private static final int WORKERS = 8;

    /** Work that may fail. */
    interface Work {
        void run() throws Exception;
    }

    private final ExecutorService executor;

    Workers(ExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Workers for the steps after an acknowledgement. A step mostly waits on the store and on Slack, so
     * there are more workers than cores; all of them start as soon as work is there (a pool that only
     * grows once its queue is full would run a burst on two threads), and idle ones stop.
     */
    static ExecutorService defaultExecutor() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500), r -> {
            Thread t = new Thread(r, "mlsec-slack-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
        return workers;
    }

    ExecutorService executor() {
        return executor;
    }

    void later(Responder responder, Work work) {
        try {
            executor.execute(() -> now(responder, work));
        } catch (RejectedExecutionException busy) {
            now(responder, work);
        }
    }

    /** Work with nobody to answer through (e.g. from the App Home): a failure is only logged. */
    void later(Work work) {
        later(null, work);
    }

    private static void now(Responder responder, Work work) {
        try {
            work.run();
        } catch (Exception e) {
            LOG.error("a Slack interaction failed ({})", e.getClass().getSimpleName());
            if (responder == null) {
                return;
            }
            try {
                SlackWeb.respond(responder, ReplyRenderer.line(ChannelWords.FAILED), false);
            } catch (Exception ignored) {
                // nothing more can be told
            }
        }
    }

    /** Lets running work finish (a few seconds at most) and stops. */
    void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
