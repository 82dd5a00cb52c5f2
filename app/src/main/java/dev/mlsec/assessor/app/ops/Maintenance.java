package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.core.engine.RunMaintenance;
import dev.mlsec.assessor.core.store.AssessmentRunLedger;
import dev.mlsec.assessor.core.store.MongoDueItems;
import dev.mlsec.assessor.core.store.MongoRunStore;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts runs a crash left uncounted, at start-up and hourly, and sweeps abandoned runs (and their
 * reminders) daily; each on one instance at a time, under a ShedLock lock.
 */
@Component
public class Maintenance {

    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    static final String RECONCILE = "reconcile-counters";

    private final RunMaintenance maintenance;
    private final MongoRunStore runs;
    private final AssessmentRunLedger ledger;

    private final MongoDueItems dueItems;
    private final LockingTaskExecutor locks;

    public Maintenance(RunMaintenance maintenance, MongoRunStore runs, AssessmentRunLedger ledger, MongoDueItems dueItems,
                       LockingTaskExecutor locks) {
        this.maintenance = maintenance;
        this.runs = runs;
        this.ledger = ledger;
        this.dueItems = dueItems;
        this.locks = locks;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        try {
            runs.ensureIndexes();
            dueItems.ensureIndexes();
            long entered = ledger.backfill();
            if (entered > 0) {
                LOG.info("Entered {} completed run(s) stored by an earlier version in their assessments' ledgers", entered);
            }
            // under the same lock as the hourly run, so instances starting together count nothing twice
            locks.executeWithLock((Runnable) this::reconcile, new LockConfiguration(Instant.now(), RECONCILE,
                    Duration.ofMinutes(10), Duration.ZERO));
        } catch (RuntimeException e) {
            LOG.warn("Start-up maintenance skipped: the store did not answer ({})", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    @SchedulerLock(name = RECONCILE)
    public void reconcile() {
        int counted = maintenance.reconcileCounters();
        if (counted > 0) {
            LOG.info("Counted {} completed run(s) that an interruption had left uncounted", counted);
        }
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    @SchedulerLock(name = "retention-sweep")
    public void sweep() {
        long deleted = maintenance.sweepAbandoned();
        LOG.info("Retention sweep deleted {} unfinished run(s) past the retention period", deleted);
    }
}
