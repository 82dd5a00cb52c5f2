package dev.mlsec.assessor.core.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run as stored in the {@code sessions} collection. Days are ISO strings ({@code 2026-11-28}): no
 * finer time is kept, and no time zone can shift them. Keys of {@code answers} are question ids that
 * were validated against the questionnaire, so they never start with {@code $} or contain a dot.
 */
@Document(MongoRunStore.COLLECTION)
public class RunDocument {

    @Id
    String id;

    @Version
    Long revision;

    /** The keyed pseudonym of the respondent; absent once the run is complete. */
    String respondentKey;

    /**
     * While the run is open: its respondent's pseudonym, questionnaire and assessment, unique among open
     * runs (a unique sparse index), so finding someone's open run is one index lookup and a second
     * start cannot create a second run. Absent once the run is complete, with the pseudonym.
     */
    String openKey;

    String questionnaireId;
    String questionnaireVersion;
    String questionnaireHash;
    String assessmentCode;
    String state;
    Map<String, List<String>> answers = new LinkedHashMap<>();
    String current;
    String createdOn;
    String updatedOn;
    boolean counted;
}
