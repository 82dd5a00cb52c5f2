package dev.mlsec.assessor.core.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;

/**
 * The H2 backend, committing after every write command before it is acknowledged. H2's store would
 * otherwise commit in the background about once a second, so a process killed right after
 * acknowledging an answer could lose it.
 */
final class CommittingH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "create", "dropdatabase", "renamecollection");

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document result = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return result;
    }
}
