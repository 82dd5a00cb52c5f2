package dev.mlsec.assessor.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.mlsec.assessor.core.run.RunState;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which completed runs count toward each assessment: one document per assessment, keyed by its code,
 * listing its runs' ids and questionnaires. A report reads this one document and then its runs by id,
 * so its cost does not depend on how many other runs the store holds (on a real MongoDB an index would
 * do the same; the embedded server only uses the {@code _id} index).
 *
 * <p>An entry is added with {@code $addToSet} when the run is counted, so adding it again after a
 * crash is harmless. The ledger holds no more than the runs already say: run ids are random and
 * completed runs carry no pseudonym.
 */
public final class AssessmentRunLedger {

    public static final String COLLECTION = "assessment_runs";

    /** Marks that runs completed before the ledger existed have been entered. */
    static final String BACKFILLED = "~backfilled-v1";

    private final MongoTemplate mongo;

    public AssessmentRunLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A run of one questionnaire that counts toward an assessment. */
    public record Entry(String runId, String questionnaireId) {
    }

    /** Enters a completed run; entering it again changes nothing. */
    public void enter(String assessmentCode, String runId, String questionnaireId) {
        mongo.upsert(query(where("_id").is(assessmentCode)),
                new Update().addToSet("runs", new Document("run", runId).append("questionnaire", questionnaireId)), COLLECTION);
    }

    /** The runs entered for an assessment, in the order they were entered. */
    public List<Entry> entries(String assessmentCode) {
        Document ledger = mongo.findById(assessmentCode, Document.class, COLLECTION);
        List<Entry> entries = new ArrayList<>();
        if (ledger == null) {
            return entries;
        }
        for (Document run : ledger.getList("runs", Document.class, List.of())) {
            entries.add(new Entry(run.getString("run"), run.getString("questionnaire")));
        }
        return entries;
    }

    /**
     * Enters every counted run of an assessment that is not in the ledger yet: runs stored before the
     * ledger existed. One scan of the sessions, done once per store; returns how many runs it entered.
     */
    public long backfill() {
        if (mongo.findById(BACKFILLED, Document.class, COLLECTION) != null) {
            return 0;
        }
        Query counted = query(where("state").is(RunState.COMPLETED.name()).and("counted").is(true).and("assessmentCode").ne(null));
        counted.fields().include("_id").include("questionnaireId").include("assessmentCode");
        long entered = 0;
        for (Document run : mongo.find(counted, Document.class, MongoRunStore.COLLECTION)) {
            enter(run.getString("assessmentCode"), run.getString("_id"), run.getString("questionnaireId"));
            entered++;
        }
        mongo.upsert(query(where("_id").is(BACKFILLED)), new Update().set("done", true), COLLECTION);
        return entered;
    }
}
