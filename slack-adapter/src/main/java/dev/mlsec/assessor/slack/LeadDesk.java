package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.identity.Space;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the adapter asks of the assessment and report services on behalf of leads. Every lookup is
 * scoped to a space: a code from another workspace is as unknown as a code that does not exist.
 */
public interface LeadDesk {

    /** Creates an assessment of the named system in the space; what was stored, to be shown exactly so. */
    Created create(Space space, String systemName);

    /** A new assessment's code and its name as stored (whitespace made single spaces). */
    record Created(String code, String name) {
    }

    /**
     * Keeps where the assessment's root message is. The location is opaque to the store: the service
     * seals it, so no raw channel id is stored.
     */
    void placeRootMessage(Space space, String code, String location);

    /** The unsealed location given to {@link #placeRootMessage}, if any. */
    Optional<String> rootMessage(Space space, String code);

    /** The system's name and completed runs per questionnaire id; empty when the code is unknown here. */
    Optional<Status> status(Space space, String code);

    /** The report's key figures and its files (charts, HTML); empty when the code is unknown here. */
    Optional<Report> report(Space space, String code);

    /** The space's trends as lines of Markdown; empty when there is nothing to compare yet. */
    Optional<List<String>> trends(Space space);

    /** The assessment's answers exported as {@code csv} or {@code json}; empty when the code is unknown here. */
    Optional<Export> export(Space space, String code, String format);

    /** An export: its file, or why there is none yet. */
    sealed interface Export permits Export.Ready, Export.NotYet {

        /** The file to hand to the lead. */
        record Ready(FileData file) implements Export {
        }

        /** Too few answer sets to export without exposing anyone; says how many more are needed. */
        record NotYet(String why) implements Export {
        }
    }

    record Status(String code, String name, Map<String, Integer> completed) {
        public Status {
            completed = Map.copyOf(completed);
        }
    }

    record Report(String code, String name, List<String> keyFigures, List<FileData> files) {
        public Report {
            keyFigures = List.copyOf(keyFigures);
            files = List.copyOf(files);
        }
    }

    record FileData(String filename, String title, byte[] bytes) {
    }
}
