package dev.mlsec.assessor.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.mlsec.assessor.core.session.CompletedRun;
import dev.mlsec.assessor.core.session.CompletedRuns;
import dev.mlsec.assessor.core.session.RunState;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Completed runs read from the {@code sessions} collection, for reports and exports. */
public final class MongoCompletedRuns implements CompletedRuns {

    private static final int BATCH = 500;

    private final MongoTemplate mongo;

    public MongoCompletedRuns(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<CompletedRun> ofAssessment(String assessmentCode) {
        Query q = query(where("assessmentCode").is(assessmentCode).and("state").is(RunState.COMPLETED.name()))
                .with(Sort.by("_id"));
        return mongo.find(q, RunDocument.class).stream().map(d -> MongoRunStore.toRun(d).asCompleted()).toList();
    }

    @Override
    public Map<String, Long> countsOfAssessment(String assessmentCode) {
        Map<String, Long> counts = new TreeMap<>();
        Query q = query(where("assessmentCode").is(assessmentCode).and("state").is(RunState.COMPLETED.name()));
        q.fields().include("questionnaireId");
        for (RunDocument d : mongo.find(q, RunDocument.class)) {
            counts.merge(d.questionnaireId, 1L, Long::sum);
        }
        return counts;
    }

    @Override
    public void forEach(Consumer<CompletedRun> consumer) {
        String after = "";
        while (true) {
            Query q = query(where("state").is(RunState.COMPLETED.name()).and("_id").gt(after))
                    .with(Sort.by("_id")).limit(BATCH);
            List<RunDocument> batch = mongo.find(q, RunDocument.class);
            for (RunDocument d : batch) {
                consumer.accept(MongoRunStore.toRun(d).asCompleted());
            }
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id;
        }
    }
}
