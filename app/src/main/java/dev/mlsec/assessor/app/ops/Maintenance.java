package dev.mlsec.assessor.app.ops;

import dev.mlsec.assessor.core.engine.RunMaintenance;
import dev.mlsec.assessor.core.store.AssessmentRunLedger;
import dev.mlsec.assessor.core.store.MongoRunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Counts runs a crash left uncounted, at start-up and hourly, and sweeps abandoned runs daily. */
@Component
public class Maintenance {

    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);

    private final RunMaintenance maintenance;
    private final MongoRunStore runs;
    private final AssessmentRunLedger ledger;

    public Maintenance(RunMaintenance maintenance, MongoRunStore runs, AssessmentRunLedger ledger) {
        this.maintenance = maintenance;
        this.runs = runs;
        this.ledger = ledger;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        try {
            runs.ensureIndexes();
            long entered = ledger.backfill();
            if (entered > 0) {
                LOG.info("Entered {} completed run(s) stored by an earlier version in their assessments' ledgers", entered);
            }
            reconcile();
        } catch (RuntimeException e) {
            LOG.warn("Start-up maintenance skipped: the store did not answer ({})", e.getClass().getSimpleName());
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    public void reconcile() {
        int counted = maintenance.reconcileCounters();
        if (counted > 0) {
            LOG.info("Counted {} completed run(s) that an interruption had left uncounted", counted);
        }
    }

    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    public void sweep() {
        long deleted = maintenance.sweepAbandoned();
        LOG.info("Retention sweep deleted {} unfinished run(s) past the retention period", deleted);
    }
}
