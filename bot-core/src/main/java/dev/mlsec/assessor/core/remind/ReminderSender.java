package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.due.DueItem;
import dev.mlsec.assessor.core.due.DueItems;
import dev.mlsec.assessor.core.due.DueJob;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunStore;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends the reminders that are due: one direct message each, then the item (and with it the sealed
 * address) is deleted. A reminder whose run was completed, abandoned or swept is deleted unsent.
 */
public final class ReminderSender {

    static final String BUTTON = "Resume";

    private final DueItems items;
    private final RunStore runs;
    private final SealedAddress addresses;
    private final DirectMessages messages;
    private final DueJob job;
    private final Map<String, String> titles;

    public ReminderSender(DueItems items, RunStore runs, LocationSeal seal, DirectMessages messages, Clock clock,
                          List<Questionnaire> questionnaires) {
        this(items, runs, seal, messages, clock, questionnaires, DueJob.HOLD);
    }

    /** With how long a claim on a due reminder holds before another instance may take it. */
    public ReminderSender(DueItems items, RunStore runs, LocationSeal seal, DirectMessages messages, Clock clock,
                          List<Questionnaire> questionnaires, java.time.Duration hold) {
        this.items = items;
        this.runs = runs;
        this.addresses = new SealedAddress(seal);
        this.messages = messages;
        this.job = new DueJob(items, clock, RemindMeDesk.KIND, hold);
        this.titles = questionnaires.stream().collect(Collectors.toMap(Questionnaire::id, Questionnaire::title, (a, b) -> a));
    }

    /** Sends every reminder due now; returns how many were sent or dropped. */
    public int sendDue() {
        return job.run(this::send);
    }

    /** The words of a run's reminder. */
    public DirectMessage message(Run run) {
        String title = titles.getOrDefault(run.questionnaireId(), "your questionnaire");
        return new DirectMessage("Here is the reminder you asked for: " + title + " is paused, with your "
                + run.answers().size() + " answer(s) kept. Press " + BUTTON + " to carry on where you stopped.", run.id(), BUTTON);
    }

    private DueJob.Outcome send(DueItem item) {
        String runId = item.id().substring(RemindMeDesk.KIND.length() + 1);
        Optional<Run> run = runs.find(runId).filter(r -> r.state().isOpen());
        Optional<Respondent> to = Optional.ofNullable(item.data().get(RemindMeDesk.ADDRESS)).flatMap(addresses::open);
        if (run.isEmpty() || to.isEmpty()) {
            return new DueJob.Outcome.Done();
        }
        return messages.send(to.get(), message(run.get())) ? new DueJob.Outcome.Done() : new DueJob.Outcome.Retry();
    }

    /** Deletes the reminder of a run, if there is one (the run completed or was abandoned). */
    public void forget(String runId) {
        items.cancel(RemindMeDesk.itemId(runId));
    }

    /** Deletes reminders whose run is gone or complete (after the retention sweep); returns how many. */
    public int forgetOrphans() {
        int n = 0;
        for (String id : items.ids(RemindMeDesk.KIND)) {
            String runId = id.substring(RemindMeDesk.KIND.length() + 1);
            if (runs.find(runId).filter(r -> r.state().isOpen()).isEmpty() && items.cancel(id)) {
                n++;
            }
        }
        return n;
    }
}
