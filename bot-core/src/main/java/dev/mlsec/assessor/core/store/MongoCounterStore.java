package dev.mlsec.assessor.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.CounterStore;
import dev.mlsec.assessor.core.run.OptionCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The aggregated answer counters, one document per questionnaire version. A run is added with one
 * {@code $inc} whose filter excludes runs already applied (the last {@value #REMEMBERED} run ids are
 * kept in the document), so retrying after a crash never counts twice. A run of an assessment is also
 * entered in the {@link AssessmentRunLedger}, which reports read instead of scanning the sessions.
 */
public final class MongoCounterStore implements CounterStore {

    public static final String COLLECTION = "answer_counters";

    /** How many applied run ids a counter document remembers; far more than can be in flight at once. */
    static final int REMEMBERED = 1000;

    private final MongoTemplate mongo;
    private final AssessmentRunLedger ledger;

    public MongoCounterStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.ledger = new AssessmentRunLedger(mongo);
    }

    static String counterId(String questionnaireId, String version, String hash) {
        return questionnaireId + "@" + version + "#" + hash.substring(0, Math.min(16, hash.length()));
    }

    @Override
    public void add(CompletedRun run) {
        StoreCalls.run(() -> apply(run));
    }

    private void apply(CompletedRun run) {
        run.assessmentCode().ifPresent(code -> ledger.enter(code, run.runId(), run.questionnaireId()));
        String id = counterId(run.questionnaireId(), run.version(), run.hash());
        mongo.upsert(query(where("_id").is(id)), new Update()
                .setOnInsert("questionnaireId", run.questionnaireId())
                .setOnInsert("version", run.version())
                .setOnInsert("hash", run.hash()), COLLECTION);
        Update update = new Update().inc("completed", 1);
        run.answers().byQuestion().forEach((question, options) -> {
            if (!options.isEmpty()) {
                update.inc("answered." + question, 1);
            }
            options.forEach(option -> update.inc("chosen." + question + "." + option, 1));
        });
        update.push("applied").slice(-REMEMBERED).each(run.runId());
        mongo.updateFirst(query(where("_id").is(id).and("applied").ne(run.runId())), update, COLLECTION);
    }

    @Override
    public List<OptionCounts> all() {
        return StoreCalls.call(this::read);
    }

    private List<OptionCounts> read() {
        List<OptionCounts> all = new ArrayList<>();
        for (Document d : mongo.findAll(Document.class, COLLECTION)) {
            Map<String, Map<String, Long>> chosen = new LinkedHashMap<>();
            Document chosenDoc = d.get("chosen", Document.class);
            if (chosenDoc != null) {
                chosenDoc.forEach((question, options) -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    ((Document) options).forEach((option, n) -> counts.put(option, ((Number) n).longValue()));
                    chosen.put(question, counts);
                });
            }
            Map<String, Long> answered = new LinkedHashMap<>();
            Document answeredDoc = d.get("answered", Document.class);
            if (answeredDoc != null) {
                answeredDoc.forEach((question, n) -> answered.put(question, ((Number) n).longValue()));
            }
            Number completed = d.get("completed", Number.class);
            all.add(new OptionCounts(d.getString("questionnaireId"), d.getString("version"), d.getString("hash"),
                    completed == null ? 0 : completed.longValue(), chosen, answered));
        }
        return all;
    }
}
