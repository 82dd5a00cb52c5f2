package dev.mlsec.assessor.core.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Due items on any MongoDB named by MLSEC_TEST_MONGODB_URI. */
@EnabledIfEnvironmentVariable(named = "MLSEC_TEST_MONGODB_URI", matches = ".+")
class ConfiguredMongoDueItemsTest extends DueItemsContract {

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(System.getenv("MLSEC_TEST_MONGODB_URI"));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Override
    protected MongoTemplate mongo() {
        return new MongoTemplate(client, "mlsec_contract_test");
    }
}
