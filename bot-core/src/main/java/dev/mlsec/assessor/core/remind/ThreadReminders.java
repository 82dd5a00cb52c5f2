package dev.mlsec.assessor.core.remind;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.due.Cadence;
import dev.mlsec.assessor.core.due.DueItem;
import dev.mlsec.assessor.core.due.DueItems;
import dev.mlsec.assessor.core.due.DueJob;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import dev.mlsec.assessor.core.report.Coverage;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lead's reminder cadence for an open round: a due item per assessment (its id names only the code,
 * its data only the cadence) that posts in the assessment's thread, then is due again a cadence later.
 * It stops, and is deleted, when every questionnaire has {@code k} completed answer sets or the round
 * is no longer open. Leads are checked by the desk before {@link #set} is asked.
 */
public final class ThreadReminders {

    public static final String KIND = "thread-reminder";
    static final String DAYS = "days";
    static final String CLOSED = "That round is closed, so there is nobody left to remind.";
    static final String NO_THREAD = "I don't know where that assessment's message is yet, so I have nowhere to post reminders.";

    private final AssessmentService assessments;
    private final ReportService reports;
    private final DueItems items;
    private final RoundStates rounds;
    private final ThreadPosts posts;
    private final Clock clock;
    private final int k;
    private final List<Questionnaire> questionnaires;
    private final DueJob job;

    public ThreadReminders(AssessmentService assessments, ReportService reports, DueItems items, RoundStates rounds,
                           ThreadPosts posts, Clock clock, int k, List<Questionnaire> questionnaires) {
        this(assessments, reports, items, rounds, posts, clock, k, questionnaires, DueJob.HOLD);
    }

    /** With how long a claim on a due reminder holds before another instance may take it. */
    public ThreadReminders(AssessmentService assessments, ReportService reports, DueItems items, RoundStates rounds,
                           ThreadPosts posts, Clock clock, int k, List<Questionnaire> questionnaires, java.time.Duration hold) {
        this.assessments = assessments;
        this.reports = reports;
        this.items = items;
        this.rounds = rounds;
        this.posts = posts;
        this.clock = clock;
        this.k = k;
        this.questionnaires = List.copyOf(questionnaires);
        this.job = new DueJob(items, clock, KIND, hold);
    }

    static String itemId(String code) {
        return KIND + ":" + code;
    }

    /** Sets or stops the cadence of the space's assessment {@code code}; one sentence, and nothing changes on a refusal. */
    public String set(Space space, String code, String typedCadence) {
        Optional<Assessment> found = assessments.find(space, code);
        if (found.isEmpty()) {
            return dev.mlsec.assessor.core.assessment.AssessorException.unknownCode().getMessage();
        }
        String normalized = found.get().code();
        Cadence cadence = Cadence.parse(typedCadence);
        if (cadence instanceof Cadence.Refused refused) {
            return refused.message();
        }
        if (!rounds.isOpen(normalized)) {
            return CLOSED;
        }
        if (cadence instanceof Cadence.Off) {
            return items.cancel(itemId(normalized)) ? "Reminders for " + normalized + " are off."
                    : "Reminders for " + normalized + " were already off.";
        }
        if (assessments.root(normalized).isEmpty()) {
            return NO_THREAD;
        }
        Cadence.Every every = (Cadence.Every) cadence;
        items.schedule(new DueItem(itemId(normalized), KIND, clock.instant().plus(every.interval()),
                Map.of(DAYS, String.valueOf(every.days()))));
        return "I'll post a reminder in the thread of " + normalized + " " + every.words()
                + ", until every questionnaire has " + k + " completed answers or the round closes.";
    }

    /** Posts every thread reminder due now; returns how many were posted or stopped. */
    public int postDue() {
        return job.run(this::post);
    }

    private DueJob.Outcome post(DueItem item) {
        String code = item.id().substring(KIND.length() + 1);
        Optional<Assessment> assessment = assessments.findAnywhere(code);
        Optional<RootLocation> where = assessments.root(code);
        if (assessment.isEmpty() || where.isEmpty() || !rounds.isOpen(code)) {
            return new DueJob.Outcome.Done();
        }
        AssessmentStatus status = reports.status(assessment.get());
        long lacking = status.coverage().stream().filter(c -> c.completedRuns() < k).count();
        if (lacking == 0) {
            return new DueJob.Outcome.Done();
        }
        if (!posts.post(where.get(), new ThreadReminder(text(lacking, status), RootView.of(status, questionnaires)))) {
            return new DueJob.Outcome.Retry();
        }
        int days = Integer.parseInt(item.data().getOrDefault(DAYS, "7"));
        return new DueJob.Outcome.Again(clock.instant().plus(java.time.Duration.ofDays(days)));
    }

    private String text(long lacking, AssessmentStatus status) {
        String which = String.join(", ", status.coverage().stream().filter(c -> c.completedRuns() < k).map(Coverage::title).toList());
        return "Reminder: " + lacking + " of " + status.coverage().size() + " questionnaire(s) still need more completed "
                + "answers (" + which + "). Each takes a few minutes, and names and ids are never stored; press a button below to answer.";
    }
}
