package dev.mlsec.assessor.core.assessment;

import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.Space;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of assessments: names, codes, and the space each belongs to (kept as a keyed pseudonym);
 * a code of another space is answered exactly like an unknown code. Storage is behind
 * {@link AssessmentStore}.
 */
public final class AssessmentService implements AssessmentDirectory {

    private static final int MAX_NAME = 80;
    private static final int ATTEMPTS = 5;

    private final AssessmentStore store;
    private final Pseudonymizer pseudonyms;
    private final LocationSeal seal;
    private final Clock clock;

    public AssessmentService(AssessmentStore store, Pseudonymizer pseudonyms, LocationSeal seal, Clock clock) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.seal = seal;
        this.clock = clock;
    }

    /** Creates an assessment of the named system in a space; refuses an empty, overlong or unprintable name. */
    public Assessment create(Space space, String name) {
        return create(space, name, false);
    }

    /**
     * Creates an assessment of the named system in a space, private ones withholding their scores until
     * each questionnaire has at least k completed answer sets.
     */
    public Assessment create(Space space, String name, boolean isPrivate) {
        String clean = validName(name);
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Assessment fresh = new Assessment(AssessmentCodes.next(clean), clean, today, isPrivate);
            if (store.insert(fresh, pseudonyms.spaceKey(space))) {
                return fresh;
            }
        }
        throw new IllegalStateException("no free assessment code after " + ATTEMPTS + " attempts");
    }

    /**
     * A new assessment of the same system in the same space as {@code previous}, under a new code: its
     * next round, whoever asks for it (a lead there, the operator, a schedule); private if the previous one was.
     */
    public Assessment createNextTo(Assessment previous) {
        String spaceKey = store.spaceKeyOf(previous.code()).orElseThrow(AssessorException::unknownCode);
        LocalDate today = LocalDate.now(clock);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Assessment fresh = new Assessment(AssessmentCodes.next(previous.name()), previous.name(), today,
                    previous.isPrivate());
            if (store.insert(fresh, spaceKey)) {
                return fresh;
            }
        }
        throw new IllegalStateException("no free assessment code after " + ATTEMPTS + " attempts");
    }

    /** The assessment with this code in this space. */
    public Optional<Assessment> find(Space space, String code) {
        return AssessmentCodes.normalize(code).flatMap(c -> store.findIn(pseudonyms.spaceKey(space), c));
    }

    /** Like {@link #find}, refusing an unknown code with a message for the person who asked. */
    public Assessment require(Space space, String code) {
        return find(space, code).orElseThrow(AssessorException::unknownCode);
    }

    @Override
    public Optional<AssessmentRef> findIn(Space space, String code) {
        return find(space, code).map(Assessment::ref);
    }

    /** Any assessment by code, whatever its space: to name a run's assessment, and for the operator's command line. */
    @Override
    public Optional<AssessmentRef> find(String code) {
        return findAnywhere(code).map(Assessment::ref);
    }

    @Override
    public boolean isPrivate(String code) {
        return findAnywhere(code).map(Assessment::isPrivate).orElse(false);
    }

    public Optional<Assessment> findAnywhere(String code) {
        return AssessmentCodes.normalize(code).flatMap(store::find);
    }

    /** The most recent assessments of a space, newest first (for autocomplete). */
    public List<Assessment> ofSpace(Space space, int limit) {
        return store.ofSpace(pseudonyms.spaceKey(space), limit);
    }

    /** Remembers where the assessment's root message is, sealed. */
    public void placeRoot(String code, RootLocation location) {
        store.placeRoot(code, seal.seal(location.encode()));
    }

    /** Where the assessment's root message is, if it was remembered with this server secret. */
    public Optional<RootLocation> root(String code) {
        return store.sealedRoot(code).flatMap(seal::open).flatMap(RootLocation::decode);
    }

    /** Remembers where the assessment's root message is, in the adapter's words, sealed. */
    public void rememberLocation(String code, String location) {
        store.placeRoot(code, seal.seal(location));
    }

    /** The adapter's words given to {@link #rememberLocation}, if remembered with this server secret. */
    public Optional<String> location(String code) {
        return store.sealedRoot(code).flatMap(seal::open);
    }

    /** Records the bands of an assessment's attacks, so trends can count them without reading runs. */
    public void recordBands(String code, RiskBands bands) {
        store.recordBands(code, bands);
    }

    /** Every scored assessment's bands. */
    public List<RiskBands> bands() {
        return store.bands();
    }

    /** Every scored assessment's bands with its code and creation day. */
    public List<DatedBands> datedBands() {
        return store.datedBands();
    }

    /** The bands of the space's scored assessments. */
    public List<RiskBands> bandsOf(Space space) {
        return store.bandsOfSpace(pseudonyms.spaceKey(space));
    }

    /** The name as it would be stored; refuses an empty, overlong or unprintable one with a message for the person. */
    public static String validName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new AssessorException(AssessorException.Problem.INVALID_NAME,
                    "Give the ML system a name, e.g. \"fraud model v3\".");
        }
        if (clean.length() > MAX_NAME) {
            throw new AssessorException(AssessorException.Problem.INVALID_NAME,
                    "That name is too long; keep it to " + MAX_NAME + " characters.");
        }
        if (clean.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new AssessorException(AssessorException.Problem.INVALID_NAME,
                    "That name contains invisible control characters; please type it plainly.");
        }
        return clean;
    }
}
