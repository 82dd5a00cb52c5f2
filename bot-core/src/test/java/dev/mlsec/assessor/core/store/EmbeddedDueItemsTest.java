package dev.mlsec.assessor.core.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Due items on the embedded default: mongo-java-server with its H2 file backend. */
class EmbeddedDueItemsTest extends DueItemsContract {

    @TempDir
    static Path data;

    private static EmbeddedMongo server;
    private static MongoClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedMongo.onFile(data);
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Override
    protected MongoTemplate mongo() {
        return new MongoTemplate(client, "contract");
    }
}
