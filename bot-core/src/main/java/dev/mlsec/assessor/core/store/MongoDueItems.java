package dev.mlsec.assessor.core.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.mlsec.assessor.core.due.Claim;
import dev.mlsec.assessor.core.due.DueItem;
import dev.mlsec.assessor.core.due.DueItems;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Due items in MongoDB, one document each: {@code _id}, {@code kind}, {@code due}, {@code data}, and
 * while claimed {@code claimToken} and {@code claimedUntil}. A claim is one {@code findOneAndUpdate}
 * guarded on "unclaimed or claim expired"; completing, rescheduling and releasing are guarded on the
 * claim's token. Needs neither transactions nor TTL, so it is the same on the embedded server.
 */
public final class MongoDueItems implements DueItems {

    public static final String COLLECTION = "due_items";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FindOneAndUpdateOptions CLAIM = new FindOneAndUpdateOptions()
            .sort(Sorts.ascending("due")).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> items;

    public MongoDueItems(MongoTemplate mongo) {
        this.items = mongo.getCollection(COLLECTION);
    }

    /** The index a real MongoDB needs to find due items; the embedded server accepts it and scans. */
    public void ensureIndexes() {
        StoreCalls.run(() -> items.createIndex(Indexes.ascending("kind", "due")));
    }

    @Override
    public void schedule(DueItem item) {
        Document doc = new Document("_id", item.id()).append("kind", item.kind()).append("due", Date.from(item.due()))
                .append("data", new Document(new LinkedHashMap<>(item.data())));
        StoreCalls.run(() -> items.replaceOne(Filters.eq("_id", item.id()), doc, new ReplaceOptions().upsert(true)));
    }

    @Override
    public Optional<Claim> claimNext(String kind, Instant now, Duration hold) {
        Date at = Date.from(now);
        Bson free = Filters.or(Filters.eq("claimedUntil", null), Filters.lte("claimedUntil", at));
        String token = HexFormat.of().formatHex(bytes());
        Document claimed = StoreCalls.call(() -> items.findOneAndUpdate(
                Filters.and(Filters.eq("kind", kind), Filters.lte("due", at), free),
                Updates.combine(Updates.set("claimToken", token), Updates.set("claimedUntil", Date.from(now.plus(hold)))), CLAIM));
        return Optional.ofNullable(claimed).map(d -> new Claim(item(d), token));
    }

    @Override
    public boolean complete(Claim claim) {
        return StoreCalls.call(() -> items.deleteOne(held(claim)).getDeletedCount() == 1);
    }

    @Override
    public boolean reschedule(Claim claim, Instant next) {
        return StoreCalls.call(() -> items.updateOne(held(claim), Updates.combine(Updates.set("due", Date.from(next)),
                Updates.unset("claimToken"), Updates.unset("claimedUntil"))).getModifiedCount() == 1);
    }

    @Override
    public void release(Claim claim) {
        StoreCalls.run(() -> items.updateOne(held(claim), Updates.combine(Updates.unset("claimToken"), Updates.unset("claimedUntil"))));
    }

    @Override
    public boolean cancel(String id) {
        return StoreCalls.call(() -> items.deleteOne(Filters.eq("_id", id)).getDeletedCount() == 1);
    }

    @Override
    public Optional<DueItem> find(String id) {
        return Optional.ofNullable(StoreCalls.call(() -> items.find(Filters.eq("_id", id)).first())).map(MongoDueItems::item);
    }

    @Override
    public List<String> ids(String kind) {
        return StoreCalls.call(() -> items.find(Filters.eq("kind", kind)).projection(new Document("_id", 1))
                .map(d -> d.getString("_id")).into(new ArrayList<>()));
    }

    private static Bson held(Claim claim) {
        return Filters.and(Filters.eq("_id", claim.item().id()), Filters.eq("claimToken", claim.token()));
    }

    private static DueItem item(Document d) {
        Map<String, String> data = new LinkedHashMap<>();
        Document stored = d.get("data", Document.class);
        if (stored != null) {
            stored.forEach((k, v) -> data.put(k, String.valueOf(v)));
        }
        return new DueItem(d.getString("_id"), d.getString("kind"), d.getDate("due").toInstant(), data);
    }

    private static byte[] bytes() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return b;
    }
}
