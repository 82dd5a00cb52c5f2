package dev.mlsec.assessor.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: a file given with --out, or standard output. */
final class Output {

    private Output() {
    }

    static Writer open(Path out) {
        try {
            if (out == null) {
                return new OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new UserError("cannot write " + out + ": the directory " + parent + " does not exist");
            }
            return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }

    static void write(Path out, String text) {
        try (Writer w = open(out)) {
            w.write(text);
            if (!text.endsWith("\n")) {
                w.write("\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
