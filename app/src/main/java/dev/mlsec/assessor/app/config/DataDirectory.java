package dev.mlsec.assessor.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The data directory is its owner's alone: the directory (rwx------) and every file in it
 * (rw-------), whatever the process's umask, so no other local user reads the store, the server
 * secret or the console's identity. On a file system without POSIX permissions nothing is changed.
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    /** Creates the directory if need be, and makes it and every file in it owner-only. */
    public static void ownerOnly(Path directory) {
        try {
            Files.createDirectories(directory);
            if (Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null) {
                return;
            }
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data directory " + directory + " readable by its owner only", e);
        }
    }
}
