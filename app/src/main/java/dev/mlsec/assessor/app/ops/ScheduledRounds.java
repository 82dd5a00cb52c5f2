package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.core.round.RoundDesk;
import dev.mlsec.assessor.core.schedule.RoundSchedules;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the rounds that are due on schedule, every minute, on one instance at a time. As for
 * reminders, the lock only saves work: each schedule is claimed on its own, and a round opens only
 * after the one it follows, so even two instances running at once open a due round once.
 */
@Component
public class ScheduledRounds {

    static final String LOCK = "due-rounds";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRounds.class);

    private final RoundSchedules schedules;

    public ScheduledRounds(RoundDesk rounds) {
        this.schedules = rounds.schedules().orElseThrow();
    }

    @Scheduled(fixedDelayString = "${mlsec.jobs.due-every:PT1M}", initialDelayString = "${mlsec.jobs.due-every:PT1M}")
    @SchedulerLock(name = LOCK)
    public void openDue() {
        try {
            int done = schedules.openDue();
            if (done > 0) {
                LOG.info("Opened or moved {} scheduled round(s)", done);
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled rounds skipped: {}", e.getClass().getSimpleName());
        }
    }

    /** The schedules this job opens, for the command line and tests. */
    public RoundSchedules schedules() {
        return schedules;
    }
}
