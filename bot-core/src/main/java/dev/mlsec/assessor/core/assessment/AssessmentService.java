package dev.mlsec.assessor.core.assessment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.Space;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Assessments in the {@code assessments} collection. Each belongs to the space it was created in,
 * kept as a keyed pseudonym; a code of another space is answered exactly like an unknown code.
 */
public final class AssessmentService implements AssessmentDirectory {

    public static final String COLLECTION = "assessments";
    private static final int MAX_NAME = 80;
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final Pseudonymizer pseudonyms;
    private final LocationSeal seal;
    private final Clock clock;

    public AssessmentService(MongoTemplate mongo, Pseudonymizer pseudonyms, LocationSeal seal, Clock clock) {
        this.mongo = mongo;
        this.pseudonyms = pseudonyms;
        this.seal = seal;
        this.clock = clock;
    }

    /** Creates an assessment of the named system in a space; refuses an empty, overlong or unprintable name. */
    public Assessment create(Space space, String name) {
        String clean = validName(name);
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String code = AssessmentCodes.next(clean);
            Document doc = new Document("_id", code).append("name", clean)
                    .append("spaceKey", pseudonyms.spaceKey(space)).append("createdOn", today.toString());
            try {
                mongo.insert(doc, COLLECTION);
                return new Assessment(code, clean, today);
            } catch (DuplicateKeyException taken) {
                // try another code
            }
        }
        throw new IllegalStateException("no free assessment code after " + ATTEMPTS + " attempts");
    }

    /** The assessment with this code in this space. */
    public Optional<Assessment> find(Space space, String code) {
        return AssessmentCodes.normalize(code)
                .map(c -> mongo.findOne(query(where("_id").is(c).and("spaceKey").is(pseudonyms.spaceKey(space))),
                        Document.class, COLLECTION))
                .map(AssessmentService::toAssessment);
    }

    /** Like {@link #find}, refusing an unknown code with a message for the person who asked. */
    public Assessment require(Space space, String code) {
        return find(space, code).orElseThrow(AssessorException::unknownCode);
    }

    @Override
    public Optional<AssessmentRef> findIn(Space space, String code) {
        return find(space, code).map(Assessment::ref);
    }

    /** Any assessment by code, whatever its space: to name a run's assessment, and for the operator's command line. */
    @Override
    public Optional<AssessmentRef> find(String code) {
        return findAnywhere(code).map(Assessment::ref);
    }

    public Optional<Assessment> findAnywhere(String code) {
        return AssessmentCodes.normalize(code)
                .map(c -> mongo.findOne(query(where("_id").is(c)), Document.class, COLLECTION))
                .map(AssessmentService::toAssessment);
    }

    /** The most recent assessments of a space, newest first (for autocomplete). */
    public List<Assessment> ofSpace(Space space, int limit) {
        return mongo.find(query(where("spaceKey").is(pseudonyms.spaceKey(space)))
                        .with(Sort.by(Sort.Direction.DESC, "createdOn", "_id")).limit(limit), Document.class, COLLECTION)
                .stream().map(AssessmentService::toAssessment).toList();
    }

    /** Remembers where the assessment's root message is, sealed. */
    public void rememberLocation(String code, String location) {
        mongo.updateFirst(query(where("_id").is(code)), new Update().set("location", seal.seal(location)), COLLECTION);
    }

    /** Where the assessment's root message is, if it was remembered with this server secret. */
    public Optional<String> location(String code) {
        Document doc = mongo.findOne(query(where("_id").is(code)), Document.class, COLLECTION);
        return Optional.ofNullable(doc).map(d -> d.getString("location")).flatMap(seal::open);
    }

    /** Records the bands of an assessment's attacks, so trends can count them without reading runs. */
    public void recordBands(String code, Document bands) {
        mongo.updateFirst(query(where("_id").is(code)), new Update().set("bands", bands), COLLECTION);
    }

    /** Every assessment's recorded bands (one small document per assessment, never the runs). */
    public List<Document> allBands() {
        org.springframework.data.mongodb.core.query.Query q = query(where("bands").exists(true));
        q.fields().include("bands");
        return mongo.find(q, Document.class, COLLECTION).stream().map(d -> d.get("bands", Document.class)).toList();
    }

    private static Assessment toAssessment(Document d) {
        return new Assessment(d.getString("_id"), d.getString("name"), LocalDate.parse(d.getString("createdOn")));
    }

    /** The name as it would be stored; refuses an empty, overlong or unprintable one with a message for the person. */
    public static String validName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new AssessorException(AssessorException.Problem.INVALID_NAME,
                    "Give the ML system a name, e.g. \"fraud model v3\".");
        }
        if (clean.length() > MAX_NAME) {
            throw new AssessorException(AssessorException.Problem.INVALID_NAME,
                    "That name is too long; keep it to " + MAX_NAME + " characters.");
        }
        if (clean.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new AssessorException(AssessorException.Problem.INVALID_NAME,
                    "That name contains invisible control characters; please type it plainly.");
        }
        return clean;
    }
}
