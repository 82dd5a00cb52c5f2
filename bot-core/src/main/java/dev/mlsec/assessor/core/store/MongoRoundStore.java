package dev.mlsec.assessor.core.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import dev.mlsec.assessor.core.round.Round;
import dev.mlsec.assessor.core.round.RoundStore;
import dev.mlsec.assessor.core.run.RunState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Rounds in the {@code rounds} collection, one document per assessment code that has a round stored:
 * the system's id, the round's number, the previous round's code, the day it was closed and, once
 * closed, the ids of the completed runs its report counts. No person, space or text is kept here.
 * A system's round numbers are claimed in {@code round_slots} (one document whose id is the system and
 * number), so that two leads opening the next round at once open one; closing is one conditional
 * write, and marks the round's open runs so that the engine's one-write answer no longer takes them.
 */
public final class MongoRoundStore implements RoundStore {

    public static final String COLLECTION = "rounds";
    public static final String SLOTS = "round_slots";
    /** Set on the open runs of a closed round; the engine's one-write answer takes only runs without it. */
    public static final String ROUND_CLOSED = "roundClosed";

    private final MongoTemplate mongo;

    public MongoRoundStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Round> find(String code) {
        return Optional.ofNullable(StoreCalls.call(() -> mongo.findOne(query(where("_id").is(code)), Document.class, COLLECTION)))
                .map(MongoRoundStore::toRound);
    }

    @Override
    public List<Round> ofSystem(String systemId) {
        Query q = query(where("systemId").is(systemId)).with(Sort.by(Sort.Direction.ASC, "number"));
        q.fields().exclude("frozenRuns");
        return StoreCalls.call(() -> mongo.find(q, Document.class, COLLECTION)).stream().map(MongoRoundStore::toRound).toList();
    }

    @Override
    public boolean insert(Round round) {
        return StoreCalls.call(() -> {
            try {
                mongo.insert(new Document("_id", round.systemId() + "#" + round.number()).append("code", round.code()), SLOTS);
            } catch (DuplicateKeyException taken) {
                return false;
            }
            try {
                mongo.insert(toDocument(round), COLLECTION);
                return true;
            } catch (DuplicateKeyException taken) {
                return false;
            }
        });
    }

    @Override
    public boolean close(Round round, LocalDate on, List<String> countedRunIds) {
        Update update = new Update().set("closedOn", on.toString()).set("frozenRuns", List.copyOf(countedRunIds))
                .setOnInsert("systemId", round.systemId()).setOnInsert("number", round.number());
        round.previous().ifPresent(p -> update.setOnInsert("previous", p));
        boolean closed = StoreCalls.call(() -> {
            try {
                return mongo.findAndModify(query(where("_id").is(round.code()).and("closedOn").is(null)), update,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION) != null;
            } catch (DuplicateKeyException closedAlready) {
                return false;
            }
        });
        if (closed) {
            StoreCalls.run(() -> mongo.updateMulti(query(where("assessmentCode").is(round.code())
                    .and("state").in(RunState.ACTIVE.name(), RunState.PAUSED.name())),
                    new Update().set(ROUND_CLOSED, true), MongoRunStore.COLLECTION));
        }
        return closed;
    }

    @Override
    public Optional<List<String>> frozenRuns(String code) {
        Query q = query(where("_id").is(code).and("closedOn").ne(null));
        q.fields().include("frozenRuns");
        return Optional.ofNullable(StoreCalls.call(() -> mongo.findOne(q, Document.class, COLLECTION)))
                .map(d -> d.getList("frozenRuns", String.class, List.of()));
    }

    private static Document toDocument(Round round) {
        Document d = new Document("_id", round.code()).append("systemId", round.systemId()).append("number", round.number());
        round.previous().ifPresent(p -> d.append("previous", p));
        round.closedOn().ifPresent(c -> d.append("closedOn", c.toString()));
        return d;
    }

    private static Round toRound(Document d) {
        return new Round(d.getString("_id"), d.getString("systemId"), d.getInteger("number", 1),
                Optional.ofNullable(d.getString("previous")),
                Optional.ofNullable(d.getString("closedOn")).map(LocalDate::parse));
    }
}
