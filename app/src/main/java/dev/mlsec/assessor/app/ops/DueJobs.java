package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.core.remind.ReminderSender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Does what is due, every minute, on one instance at a time. The lock only saves work: each item is
 * also claimed on its own, so even two instances running at once never send one twice.
 */
@Component
public class DueJobs {

    private static final Logger LOG = LoggerFactory.getLogger(DueJobs.class);

    private final ReminderSender reminders;

    public DueJobs(ReminderSender reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${mlsec.jobs.due-every:PT1M}", initialDelayString = "${mlsec.jobs.due-every:PT1M}")
    @SchedulerLock(name = "due-reminders")
    public void sendReminders() {
        try {
            int done = reminders.sendDue();
            if (done > 0) {
                LOG.info("Sent or dropped {} due reminder(s)", done);
            }
        } catch (RuntimeException e) {
            LOG.warn("Due reminders skipped: {}", e.getClass().getSimpleName());
        }
    }
}
