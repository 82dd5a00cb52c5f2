package dev.mlsec.assessor.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunState;
import dev.mlsec.assessor.core.run.RunStore;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Runs in MongoDB, one document each, every change guarded by the document's revision, or, for an
 * answer, by the document's own state (see {@link AnswerGuard}). The paths a respondent's step takes
 * (reading a run by id, storing an answer) use the driver's own codecs; the rest goes through Spring
 * Data's mapping of {@link RunDocument}, which writes the same fields.
 */
public final class MongoRunStore implements RunStore {

    /** The collection keeps the name it was first given, so runs stored by earlier versions stay readable. */
    public static final String COLLECTION = "sessions";

    private static final List<String> OPEN = List.of(RunState.ACTIVE.name(), RunState.PAUSED.name());
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoTemplate mongo;
    private final MongoCollection<Document> sessions;
    /**
     * Rendered answer guards, a pure function of the questionnaires' definitions (not of any run), so
     * every instance holds the same; bounded, as the option combinations of multiple-choice questions
     * are many. Read-only once built: a guard is never changed, and is never written to.
     */
    private final Map<GuardKey, Optional<BsonDocument>> guards = new ConcurrentHashMap<>();
    private static final int GUARDS_KEPT = 4096;

    public MongoRunStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.sessions = mongo.getCollection(COLLECTION);
    }

    /**
     * The indexes a real MongoDB needs. The embedded server uses only unique ones, such as the open-run
     * key; it accepts the others and scans instead.
     */
    public void ensureIndexes() {
        var ops = mongo.indexOps(RunDocument.class);
        ops.createIndex(new Index().on("openKey", Sort.Direction.ASC).unique().sparse().named("open_run"));
        ops.createIndex(new Index().on("respondentKey", Sort.Direction.ASC).on("questionnaireId", Sort.Direction.ASC)
                .on("state", Sort.Direction.ASC).named("open_by_respondent"));
        keyOpenRunsStoredWithoutKey();
        ops.createIndex(new Index().on("assessmentCode", Sort.Direction.ASC).on("state", Sort.Direction.ASC)
                .named("by_assessment"));
        ops.createIndex(new Index().on("state", Sort.Direction.ASC).on("updatedOn", Sort.Direction.ASC)
                .named("by_state_and_day"));
    }

    @Override
    public Optional<Run> find(String id) {
        return Optional.ofNullable(sessions.find(Filters.eq("_id", id)).first()).map(MongoRunStore::toRun);
    }

    @Override
    public Optional<Run> answerWaitedFor(String runId, String respondentKey, List<Questionnaire> questionnaires,
                                         String questionId, List<String> optionIds, LocalDate today) {
        // _id at the top level of the filter, where the embedded server looks for it to use its index
        Document filter = new Document("_id", runId).append("respondentKey", respondentKey)
                .append("state", new Document("$in", OPEN)).append("current", null)
                .append(MongoRoundStore.ROUND_CLOSED, null);
        List<BsonDocument> followed = new ArrayList<>();
        for (Questionnaire questionnaire : questionnaires) {
            Optional<BsonDocument> waitedFor = guard(questionnaire, questionId, optionIds);
            if (waitedFor.isEmpty()) {
                return Optional.empty();
            }
            followed.add(waitedFor.get());
        }
        if (followed.isEmpty()) {
            return Optional.empty();
        }
        filter.append("$and", List.of(followed.size() == 1 ? followed.get(0)
                : new BsonDocument("$or", new BsonArray(followed))));
        Bson update = Updates.combine(Updates.set("answers." + questionId, optionIds),
                Updates.set("state", RunState.ACTIVE.name()), Updates.set("updatedOn", today.toString()),
                Updates.inc("revision", 1L));
        return Optional.ofNullable(sessions.findOneAndUpdate(filter, update, AFTER)).map(MongoRunStore::toRun);
    }

    @Override
    public Optional<Run> findOpen(String respondentKey, String questionnaireId, Optional<String> assessmentCode) {
        // the key alone, so that the embedded server answers from its unique index (it scans for any other filter)
        Query byKey = query(where("openKey").is(openKey(respondentKey, questionnaireId, assessmentCode)));
        return Optional.ofNullable(mongo.findOne(byKey, RunDocument.class)).filter(d -> OPEN.contains(d.state))
                .map(MongoRunStore::toRun);
    }

    @Override
    public Optional<Run> findLatestOpen(String respondentKey, Optional<String> questionnaireId) {
        Criteria c = where("respondentKey").is(respondentKey).and("state").in(OPEN);
        questionnaireId.ifPresent(q -> c.and("questionnaireId").is(q));
        return mongo.find(query(c).with(Sort.by(Sort.Direction.DESC, "updatedOn", "revision")).limit(1),
                RunDocument.class).stream().findFirst().map(MongoRunStore::toRun);
    }

    @Override
    public List<Run> openOf(String respondentKey, int limit) {
        Criteria c = where("respondentKey").is(respondentKey).and("state").in(OPEN);
        return mongo.find(query(c).with(Sort.by(Sort.Direction.DESC, "updatedOn", "revision")).limit(limit),
                RunDocument.class).stream().map(MongoRunStore::toRun).toList();
    }

    @Override
    public Optional<Run> insert(Run run) {
        try {
            return Optional.of(toRun(mongo.insert(toDocument(run))));
        } catch (DuplicateKeyException alreadyOpen) {
            return Optional.empty();
        }
    }

    static String openKey(String respondentKey, String questionnaireId, Optional<String> assessmentCode) {
        return respondentKey + "|" + questionnaireId + "|" + assessmentCode.orElse("");
    }

    /** Gives the open-run key to open runs stored by a version that had none; once per start-up, usually none. */
    private void keyOpenRunsStoredWithoutKey() {
        Query unkeyed = query(where("state").in(OPEN).and("openKey").exists(false).and("respondentKey").ne(null));
        for (RunDocument d : mongo.find(unkeyed, RunDocument.class)) {
            try {
                mongo.updateFirst(query(where("_id").is(d.id)), new Update().set("openKey",
                        openKey(d.respondentKey, d.questionnaireId, Optional.ofNullable(d.assessmentCode))), RunDocument.class);
            } catch (DuplicateKeyException twoOpen) {
                // an older duplicate stays unkeyed until the retention sweep removes it
            }
        }
    }

    @Override
    public Optional<Run> replace(Run run) {
        try {
            return Optional.of(toRun(mongo.save(toDocument(run))));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return Optional.empty();
        }
    }

    @Override
    public boolean delete(Run run) {
        return mongo.remove(query(where("_id").is(run.id()).and("revision").is(run.revision())), RunDocument.class)
                .getDeletedCount() == 1;
    }

    @Override
    public List<Run> completedUncounted() {
        return mongo.find(query(where("state").is(RunState.COMPLETED.name()).and("counted").is(false)), RunDocument.class)
                .stream().map(MongoRunStore::toRun).toList();
    }

    @Override
    public void markCounted(String id) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("counted", true).inc("revision", 1), RunDocument.class);
    }

    @Override
    public long deleteOpenUpdatedBefore(LocalDate day) {
        Query old = query(where("state").in(OPEN).and("updatedOn").lt(day.toString()));
        return mongo.remove(old, RunDocument.class).getDeletedCount();
    }

    /** A run from its document as the driver decodes it: the same fields {@link RunDocument} maps. */
    @SuppressWarnings("unchecked")
    /** The guard of an answer on a questionnaire's current definition, rendered once per question and options. */
    private Optional<BsonDocument> guard(Questionnaire questionnaire, String questionId, List<String> optionIds) {
        GuardKey key = new GuardKey(questionnaire.id(), questionnaire.hash(), questionId, optionIds);
        Optional<BsonDocument> known = guards.get(key);
        if (known != null) {
            return known;
        }
        Optional<BsonDocument> rendered = AnswerGuard.of(questionnaire, questionId, optionIds)
                .map(g -> Filters.and(Filters.eq("questionnaireId", questionnaire.id()),
                        Filters.eq("questionnaireHash", questionnaire.hash()), g)
                        .toBsonDocument(Document.class, sessions.getCodecRegistry()));
        if (guards.size() < GUARDS_KEPT) {
            guards.put(key, rendered);
        }
        return rendered;
    }

    private record GuardKey(String questionnaireId, String hash, String questionId, List<String> optionIds) {
    }

    static Run toRun(Document d) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Document stored = d.get("answers", Document.class);
        if (stored != null) {
            stored.forEach((question, options) -> answers.put(question, (List<String>) options));
        }
        Number revision = d.get("revision", Number.class);
        return new Run(d.getString("_id"), Optional.ofNullable(d.getString("respondentKey")), d.getString("questionnaireId"),
                d.getString("questionnaireVersion"), d.getString("questionnaireHash"),
                Optional.ofNullable(d.getString("assessmentCode")), RunState.valueOf(d.getString("state")),
                new Answers(answers), Optional.ofNullable(d.getString("current")), LocalDate.parse(d.getString("createdOn")),
                LocalDate.parse(d.getString("updatedOn")), Boolean.TRUE.equals(d.getBoolean("counted")),
                revision == null ? Run.UNSAVED : revision.longValue());
    }

    static Run toRun(RunDocument d) {
        return new Run(d.id, Optional.ofNullable(d.respondentKey), d.questionnaireId, d.questionnaireVersion,
                d.questionnaireHash, Optional.ofNullable(d.assessmentCode), RunState.valueOf(d.state),
                new Answers(d.answers == null ? new LinkedHashMap<>() : d.answers), Optional.ofNullable(d.current),
                LocalDate.parse(d.createdOn), LocalDate.parse(d.updatedOn), d.counted,
                d.revision == null ? Run.UNSAVED : d.revision);
    }

    static RunDocument toDocument(Run run) {
        RunDocument d = new RunDocument();
        d.id = run.id();
        d.revision = run.revision() == Run.UNSAVED ? null : run.revision();
        d.respondentKey = run.respondentKey().orElse(null);
        d.openKey = run.state().isOpen() && run.respondentKey().isPresent()
                ? openKey(run.respondentKey().get(), run.questionnaireId(), run.assessmentCode()) : null;
        d.questionnaireId = run.questionnaireId();
        d.questionnaireVersion = run.version();
        d.questionnaireHash = run.hash();
        d.assessmentCode = run.assessmentCode().orElse(null);
        d.state = run.state().name();
        d.answers = new LinkedHashMap<>(run.answers().byQuestion());
        d.current = run.current().orElse(null);
        d.createdOn = run.createdOn().toString();
        d.updatedOn = run.updatedOn().toString();
        d.counted = run.counted();
        return d;
    }
}
