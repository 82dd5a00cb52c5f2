package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.due.DueItem;
import dev.mlsec.assessor.core.due.DueItems;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunStore;
import dev.mlsec.assessor.core.run.StoreUnavailableException;
import dev.mlsec.assessor.core.view.RemindMe;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a "Remind me" press: when the run is the presser's and still open, keeps one due item for
 * it (its id names only the run; its data is the sealed address), replacing an earlier one, and says
 * when the message will come. Every answer is one sentence; a run that is not theirs is answered like
 * one that does not exist.
 */
public final class RemindMeDesk {

    /** The kind of due item a reminder is. */
    public static final String KIND = "remind-me";
    static final String ADDRESS = "address";
    static final String NO_RUN = "I can't find that questionnaire run. It may have been abandoned or removed; start a new one to continue.";
    static final String FINISHED = "This questionnaire run is already complete, so there is nothing to remind you of.";
    static final String UNAVAILABLE = "I couldn't save that just now. Please try again in a moment.";
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final RunStore runs;
    private final DueItems items;
    private final Pseudonymizer pseudonyms;
    private final SealedAddress addresses;
    private final Clock clock;

    public RemindMeDesk(RunStore runs, DueItems items, Pseudonymizer pseudonyms, LocationSeal seal, Clock clock) {
        this.runs = runs;
        this.items = items;
        this.pseudonyms = pseudonyms;
        this.addresses = new SealedAddress(seal);
        this.clock = clock;
    }

    /** The id of a run's reminder item. */
    public static String itemId(String runId) {
        return KIND + ":" + runId;
    }

    /** What to tell the person who pressed "Remind me" {@code when} on run {@code runId}. */
    public String remind(Respondent who, String runId, RemindMe when) {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            return NO_RUN;
        }
        try {
            Optional<Run> run = runs.find(runId);
            if (run.isPresent() && !run.get().state().isOpen()) {
                // a completed run names nobody, as the engine tells it
                return FINISHED;
            }
            if (run.isEmpty() || !run.get().respondentKey().map(pseudonyms.respondentKey(who)::equals).orElse(false)) {
                return NO_RUN;
            }
            items.schedule(new DueItem(itemId(runId), KIND, clock.instant().plus(when.after()),
                    Map.of(ADDRESS, addresses.seal(who))));
            return "I'll send you one direct message " + when.when() + " with a button to carry on. "
                    + "Until then your address is kept sealed, and it is deleted once the message is sent.";
        } catch (StoreUnavailableException e) {
            return UNAVAILABLE;
        }
    }
}
