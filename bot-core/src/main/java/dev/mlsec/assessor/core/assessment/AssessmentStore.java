package dev.mlsec.assessor.core.assessment;

import java.util.List;
import java.util.Optional;

/**
 * Where assessments are kept, each with the keyed pseudonym of the space it belongs to. Every method
 * throws {@link dev.mlsec.assessor.core.run.StoreUnavailableException} when the store cannot be reached.
 */
public interface AssessmentStore {

    /** Stores a new assessment; false when its code is taken already (nothing is changed then). */
    boolean insert(Assessment assessment, String spaceKey);

    /** The assessment with this exact code, whatever its space. */
    Optional<Assessment> find(String code);

    /** The assessment with this exact code if it belongs to the space. */
    Optional<Assessment> findIn(String spaceKey, String code);

    /** The space's most recent assessments, newest first. */
    List<Assessment> ofSpace(String spaceKey, int limit);

    /** Keeps the sealed location of the assessment's root message. */
    void placeRoot(String code, String sealedLocation);

    /** The sealed location of the assessment's root message, if one was kept. */
    Optional<String> sealedRoot(String code);

    /** Keeps the bands of the assessment's attacks, replacing the ones kept before. */
    void recordBands(String code, RiskBands bands);

    /** The recorded bands of every scored assessment (one small record each, never its runs). */
    List<RiskBands> bands();

    /** The recorded bands of the space's scored assessments. */
    List<RiskBands> bandsOfSpace(String spaceKey);

    /** Every scored assessment's bands, with its code and creation day (for trends quarter by quarter). */
    List<DatedBands> datedBands();

    /** The keyed pseudonym of the space the assessment belongs to, e.g. to open its next round in the same space. */
    Optional<String> spaceKeyOf(String code);
}
