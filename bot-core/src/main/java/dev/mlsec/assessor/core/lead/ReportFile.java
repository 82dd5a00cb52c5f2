package dev.mlsec.assessor.core.lead;

import java.util.Objects;

/** A file handed to a lead: its name, a title to show with it, and its bytes. */
public record ReportFile(String filename, String title, byte[] bytes) {

    public ReportFile {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bytes, "bytes");
    }
}
