package dev.mlsec.assessor.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.CompletedRuns;
import dev.mlsec.assessor.core.run.RunState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Completed runs, for reports and exports. An assessment's runs are found through its
 * {@link AssessmentRunLedger} and read by id, so a report never scans the sessions; an export of all
 * runs is one cursor, read in batches.
 */
public final class MongoCompletedRuns implements CompletedRuns {

    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final AssessmentRunLedger ledger;

    public MongoCompletedRuns(MongoTemplate mongo) {
        this.mongo = mongo;
        this.ledger = new AssessmentRunLedger(mongo);
    }

    @Override
    public List<CompletedRun> ofAssessment(String assessmentCode) {
        return StoreCalls.call(() -> readAssessment(assessmentCode));
    }

    private List<CompletedRun> readAssessment(String assessmentCode) {
        List<String> ids = ledger.entries(assessmentCode).stream().map(AssessmentRunLedger.Entry::runId).toList();
        List<CompletedRun> runs = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Query q = query(where("_id").in(batch));
            for (RunDocument d : mongo.find(q, RunDocument.class)) {
                if (RunState.COMPLETED.name().equals(d.state) && assessmentCode.equals(d.assessmentCode)) {
                    runs.add(MongoRunStore.toRun(d).asCompleted());
                }
            }
        }
        runs.sort(Comparator.comparing(CompletedRun::runId));
        return runs;
    }

    @Override
    public Map<String, Long> countsOfAssessment(String assessmentCode) {
        Map<String, Long> counts = new TreeMap<>();
        for (AssessmentRunLedger.Entry e : StoreCalls.call(() -> ledger.entries(assessmentCode))) {
            counts.merge(e.questionnaireId(), 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public void forEach(Consumer<CompletedRun> consumer) {
        Query q = query(where("state").is(RunState.COMPLETED.name())).with(Sort.by("_id")).cursorBatchSize(BATCH);
        StoreCalls.run(() -> {
            try (Stream<RunDocument> all = mongo.stream(q, RunDocument.class)) {
                all.forEach(d -> consumer.accept(MongoRunStore.toRun(d).asCompleted()));
            }
        });
    }
}
