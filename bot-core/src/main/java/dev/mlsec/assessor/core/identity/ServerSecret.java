package dev.mlsec.assessor.core.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The server secret that keys every pseudonym. Configured, or generated once from a secure random
 * source and kept in the data directory. Never printed: {@link #toString()} hides it.
 */
public final class ServerSecret {

    /** The file in the data directory that holds a generated secret. */
    public static final String FILE_NAME = "server-secret";

    private static final int MIN_BYTES = 32;

    private final byte[] bytes;

    private ServerSecret(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** A configured secret: at least 32 characters. */
    public static ServerSecret of(String configured) {
        Objects.requireNonNull(configured, "configured");
        byte[] raw = configured.getBytes(StandardCharsets.UTF_8);
        if (raw.length < MIN_BYTES) {
            throw new IllegalArgumentException("the server secret must be at least " + MIN_BYTES + " characters long");
        }
        return new ServerSecret(raw);
    }

    /** The secret kept in {@code dataDir}, generated and written (readable by the owner only) on first use. */
    public static ServerSecret inDirectory(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                byte[] decoded = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
                if (decoded.length < MIN_BYTES) {
                    throw new IllegalStateException("the server secret in " + file + " is too short; delete it to generate a new one");
                }
                return new ServerSecret(decoded);
            }
            Files.createDirectories(dataDir);
            byte[] fresh = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(fresh);
            Path temp = Files.createTempFile(dataDir, FILE_NAME, ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Files.deleteIfExists(temp);
                return inDirectory(dataDir);
            }
            return new ServerSecret(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the server secret in " + dataDir, e);
        }
    }

    /** Random, for tests and one-off runs. */
    public static ServerSecret random() {
        byte[] fresh = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(fresh);
        return new ServerSecret(fresh);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    /** A key for another purpose (e.g. sealing stored locations), derived so it never equals the HMAC key. */
    public byte[] derive(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(("derive:" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerSecret s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ServerSecret[redacted]";
    }
}
