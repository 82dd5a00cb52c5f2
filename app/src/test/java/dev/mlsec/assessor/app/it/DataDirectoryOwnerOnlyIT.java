package dev.mlsec.assessor.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar keeps its data owner-only: the data directory it creates, the embedded store's
 * file, the server secret and the console's identity can be read by no other local user.
 */
class DataDirectoryOwnerOnlyIT {

    private static final Duration RUN = Duration.ofSeconds(90);

    @TempDir
    Path temp;

    @Test
    void the_data_directory_and_every_file_in_it_are_created_owner_only() throws Exception {
        Path data = temp.resolve("data");
        try (PackagedJar jar = PackagedJar.start(data, Map.of(), "console", "--questionnaire", "security")) {
            jar.awaitOutput("Question 1 of", 1, RUN);
            jar.type("1");
            jar.awaitOutput("Question 2 of", 1, RUN);
            jar.closeInput();
            assertThat(jar.waitFor(RUN)).isZero();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        List<Path> files;
        try (Stream<Path> listed = Files.list(data)) {
            files = listed.toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).anyMatch(name -> name.endsWith(".mv.db"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(files).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .as("%s", f.getFileName()).isEqualTo("rw-------"));
    }
}
