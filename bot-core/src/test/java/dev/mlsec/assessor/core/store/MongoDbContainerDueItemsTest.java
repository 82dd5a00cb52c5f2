package dev.mlsec.assessor.core.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/** Due items on a real MongoDB in a container; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class MongoDbContainerDueItemsTest extends DueItemsContract {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:7");

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MONGO.getReplicaSetUrl());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Override
    protected MongoTemplate mongo() {
        return new MongoTemplate(client, "contract");
    }
}
