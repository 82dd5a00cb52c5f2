package dev.mlsec.assessor.core.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default store: a MongoDB wire-protocol server (mongo-java-server) over an H2 file in
 * the data directory, bound to 127.0.0.1 on a free port. The same driver code then runs against it
 * as against a real MongoDB. Closing it commits and closes the file.
 */
public final class EmbeddedMongo implements AutoCloseable {

    /** The file the embedded store keeps its data in, inside the data directory. */
    public static final String FILE_NAME = "mlsec-store.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final String description;

    private EmbeddedMongo(MongoBackend backend, String description, int port) {
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        this.address = server.getLocalAddress();
        this.description = description;
    }

    /** A store kept in a file in {@code dataDir}. */
    public static EmbeddedMongo onFile(Path dataDir) {
        return onFile(dataDir, 0);
    }

    /** A store kept in a file in {@code dataDir}, on a given port (0 for any free one). */
    public static EmbeddedMongo onFile(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        return new EmbeddedMongo(new CommittingH2Backend(file.toString()), "embedded store in " + file, port);
    }

    /** A store in memory only, gone when closed: for tests and benchmarks. */
    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend(), "embedded in-memory store", 0);
    }

    /** A connection string for the driver. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    /** Says what and where the store is, for the start-up log. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
