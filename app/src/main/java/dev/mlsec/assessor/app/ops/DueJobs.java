package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.core.remind.ReminderSender;
import dev.mlsec.assessor.core.remind.ThreadReminders;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Does what is due, every minute ({@code mlsec.jobs.due-every}), on one instance at a time. The lock only
 * saves work: each item is also claimed on its own, so even two instances running at once never send one
 * twice. A lock, like a claim, holds at most {@code mlsec.jobs.claim-hold}: an instance killed in a run
 * stops no other for longer than that, and the item it held is sent by another once its claim expires.
 */
@Component
public class DueJobs {

    private static final Logger LOG = LoggerFactory.getLogger(DueJobs.class);

    private final ReminderSender reminders;
    private final ThreadReminders threadReminders;

    public DueJobs(ReminderSender reminders, ThreadReminders threadReminders) {
        this.reminders = reminders;
        this.threadReminders = threadReminders;
    }

    @Scheduled(fixedDelayString = "${mlsec.jobs.due-every:PT1M}", initialDelayString = "${mlsec.jobs.due-every:PT1M}")
    @SchedulerLock(name = "due-reminders", lockAtMostFor = "${mlsec.jobs.claim-hold:PT5M}")
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

    /** Posts the thread reminders due now; each is claimed on its own, so another instance never posts it too. */
    @Scheduled(fixedDelayString = "${mlsec.jobs.due-every:PT1M}", initialDelayString = "${mlsec.jobs.due-every:PT1M}")
    @SchedulerLock(name = "due-thread-reminders", lockAtMostFor = "${mlsec.jobs.claim-hold:PT5M}")
    public void postThreadReminders() {
        try {
            int done = threadReminders.postDue();
            if (done > 0) {
                LOG.info("Posted or stopped {} thread reminder(s)", done);
            }
        } catch (RuntimeException e) {
            LOG.warn("Thread reminders skipped: {}", e.getClass().getSimpleName());
        }
    }
}
