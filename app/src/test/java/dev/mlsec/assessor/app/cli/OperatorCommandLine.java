package dev.mlsec.assessor.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import picocli.CommandLine;

/**
 * The jar's command line run in the test's JVM, as the operator, over a data directory of its own for
 * each test: what it printed on standard output, and its error lines.
 */
final class OperatorCommandLine implements BeforeEachCallback, AfterEachCallback {

    private final PrintStream stdout = System.out;
    private final PrintStream stderr = System.err;
    private final StringWriter err = new StringWriter();
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream said = new ByteArrayOutputStream();
    private Path data;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("mlsec-cli");
        System.setProperty("mlsec.data-dir", data.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        System.setOut(stdout);
        System.setErr(stderr);
        System.clearProperty("mlsec.data-dir");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Runs the command line; returns its exit code, with what it printed in {@link #printed()}. */
    int run(String... args) {
        out = new ByteArrayOutputStream();
        said = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        CommandLine cli = MlsecCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        try {
            return cli.execute(args);
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /** What the last run printed on standard output, stripped. */
    String printed() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    /** What the last run wrote on the process's standard error (notes beside the output). */
    String saidOnStandardError() {
        return said.toString(StandardCharsets.UTF_8);
    }

    /** Every error line of the runs so far. */
    String errors() {
        return err.toString();
    }
}
