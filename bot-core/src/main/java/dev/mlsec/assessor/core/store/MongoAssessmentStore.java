package dev.mlsec.assessor.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentStore;
import dev.mlsec.assessor.core.assessment.RiskBands;
import dev.mlsec.assessor.core.scoring.Band;
import dev.mlsec.assessor.questions.Attack;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Assessments in the {@code assessments} collection, one document each: code, name, day, the space's
 * keyed pseudonym, {@code private: true} for an assessment that withholds its scores until k answer sets (absent
 * otherwise, so older documents read as not private), the sealed root-message location and the attacks' bands
 * once scored.
 */
public final class MongoAssessmentStore implements AssessmentStore {

    public static final String COLLECTION = "assessments";

    private final MongoTemplate mongo;

    public MongoAssessmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(Assessment assessment, String spaceKey) {
        Document doc = new Document("_id", assessment.code()).append("name", assessment.name())
                .append("spaceKey", spaceKey).append("createdOn", assessment.createdOn().toString());
        if (assessment.isPrivate()) {
            doc.append("private", true);
        }
        return StoreCalls.call(() -> {
            try {
                mongo.insert(doc, COLLECTION);
                return true;
            } catch (DuplicateKeyException taken) {
                return false;
            }
        });
    }

    @Override
    public Optional<Assessment> find(String code) {
        return one(query(where("_id").is(code))).map(MongoAssessmentStore::toAssessment);
    }

    @Override
    public Optional<Assessment> findIn(String spaceKey, String code) {
        return one(query(where("_id").is(code).and("spaceKey").is(spaceKey))).map(MongoAssessmentStore::toAssessment);
    }

    @Override
    public List<Assessment> ofSpace(String spaceKey, int limit) {
        Query q = query(where("spaceKey").is(spaceKey)).with(Sort.by(Sort.Direction.DESC, "createdOn", "_id")).limit(limit);
        return StoreCalls.call(() -> mongo.find(q, Document.class, COLLECTION)).stream()
                .map(MongoAssessmentStore::toAssessment).toList();
    }

    @Override
    public void placeRoot(String code, String sealedLocation) {
        StoreCalls.run(() -> mongo.updateFirst(query(where("_id").is(code)), new Update().set("location", sealedLocation),
                COLLECTION));
    }

    @Override
    public Optional<String> sealedRoot(String code) {
        return one(query(where("_id").is(code))).map(d -> d.getString("location"));
    }

    @Override
    public void recordBands(String code, RiskBands bands) {
        Document stored = new Document();
        bands.byAttack().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> stored.append(e.getKey().id(), e.getValue().id()));
        StoreCalls.run(() -> mongo.updateFirst(query(where("_id").is(code)), new Update().set("bands", stored), COLLECTION));
    }

    @Override
    public List<RiskBands> bands() {
        return bandsWhere(where("bands").exists(true));
    }

    @Override
    public List<RiskBands> bandsOfSpace(String spaceKey) {
        return bandsWhere(where("bands").exists(true).and("spaceKey").is(spaceKey));
    }

    @Override
    public List<dev.mlsec.assessor.core.assessment.DatedBands> datedBands() {
        Query q = query(where("bands").exists(true));
        q.fields().include("bands").include("createdOn");
        return StoreCalls.call(() -> mongo.find(q, Document.class, COLLECTION)).stream()
                .map(d -> new dev.mlsec.assessor.core.assessment.DatedBands(d.getString("_id"),
                        LocalDate.parse(d.getString("createdOn")), toBands(d.get("bands", Document.class)))).toList();
    }

    @Override
    public Optional<String> spaceKeyOf(String code) {
        return one(query(where("_id").is(code))).map(d -> d.getString("spaceKey"));
    }

    private List<RiskBands> bandsWhere(Criteria criteria) {
        Query q = query(criteria);
        q.fields().include("bands");
        return StoreCalls.call(() -> mongo.find(q, Document.class, COLLECTION)).stream()
                .map(d -> toBands(d.get("bands", Document.class))).toList();
    }

    private Optional<Document> one(Query q) {
        return Optional.ofNullable(StoreCalls.call(() -> mongo.findOne(q, Document.class, COLLECTION)));
    }

    private static Assessment toAssessment(Document d) {
        return new Assessment(d.getString("_id"), d.getString("name"), LocalDate.parse(d.getString("createdOn")),
                Boolean.TRUE.equals(d.get("private")));
    }

    private static RiskBands toBands(Document stored) {
        Map<Attack, Band> bands = new EnumMap<>(Attack.class);
        stored.forEach((attack, band) -> Attack.fromId(attack).ifPresent(a -> bandOf(String.valueOf(band))
                .ifPresent(b -> bands.put(a, b))));
        return new RiskBands(bands);
    }

    private static Optional<Band> bandOf(String id) {
        for (Band b : Band.values()) {
            if (b.id().equals(id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
