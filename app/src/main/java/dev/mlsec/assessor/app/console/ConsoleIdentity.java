package dev.mlsec.assessor.app.console;

import dev.mlsec.assessor.app.config.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The console's respondent: a random id kept in the data directory while a run is unfinished, so the
 * next console run resumes it, and replaced once a run completes, so the next run is a new
 * respondent. It names no person.
 */
public final class ConsoleIdentity {

    static final String FILE_NAME = "console-respondent";

    private final Path file;

    public ConsoleIdentity(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The current console respondent id, created on first use. */
    public String current() {
        try {
            if (Files.exists(file)) {
                String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (id.matches("[0-9a-f]{32}")) {
                    return id;
                }
            }
            return rotate();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Starts a new respondent: the next console run can no longer resume anything of the last one. */
    public String rotate() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, id + "\n", StandardCharsets.US_ASCII);
            DataDirectory.ownerOnly(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return id;
    }
}
