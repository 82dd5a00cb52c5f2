package dev.mlsec.assessor.app.config;

import dev.mlsec.assessor.core.store.EmbeddedMongo;
import java.util.Optional;

/**
 * Where the store is: a configured MongoDB, or the embedded one started in the data directory.
 * Closing it stops the embedded server, which commits and closes its file.
 */
public final class StoreConnection implements AutoCloseable {

    private final String connectionString;
    private final Optional<EmbeddedMongo> embedded;
    private final String description;

    private StoreConnection(String connectionString, Optional<EmbeddedMongo> embedded, String description) {
        this.connectionString = connectionString;
        this.embedded = embedded;
        this.description = description;
    }

    public static StoreConnection of(MlsecProperties settings) {
        if (!settings.mongodbUri().isEmpty()) {
            return new StoreConnection(settings.mongodbUri(), Optional.empty(), "MongoDB at the configured MONGODB_URI");
        }
        DataDirectory.ownerOnly(settings.dataDir());
        EmbeddedMongo server = EmbeddedMongo.onFile(settings.dataDir());
        DataDirectory.ownerOnly(settings.dataDir()); // the store's file, now that it exists
        return new StoreConnection(server.connectionString(), Optional.of(server), server.description());
    }

    /** The driver's connection string; may carry credentials, so never log it. */
    public String connectionString() {
        return connectionString;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    /** What the store is, safe to log. */
    public String description() {
        return description;
    }

    /** Stops and restarts nothing; closes the embedded server if there is one. */
    @Override
    public void close() {
        embedded.ifPresent(EmbeddedMongo::close);
    }
}
