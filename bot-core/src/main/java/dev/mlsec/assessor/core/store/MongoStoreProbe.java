package dev.mlsec.assessor.core.store;

import dev.mlsec.assessor.core.run.StoreProbe;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Asks MongoDB for a ping: the cheapest command that proves the store answers. */
public final class MongoStoreProbe implements StoreProbe {

    private final MongoTemplate mongo;

    public MongoStoreProbe(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void ping() {
        StoreCalls.run(() -> mongo.getDb().runCommand(new Document("ping", 1)));
    }
}
