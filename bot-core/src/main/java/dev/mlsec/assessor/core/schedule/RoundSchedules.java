package dev.mlsec.assessor.core.schedule;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.due.Cadence;
import dev.mlsec.assessor.core.due.DueItem;
import dev.mlsec.assessor.core.due.DueItems;
import dev.mlsec.assessor.core.due.DueJob;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.round.Round;
import dev.mlsec.assessor.core.round.RoundOpener;
import dev.mlsec.assessor.core.round.RoundStore;
import dev.mlsec.assessor.core.round.Rounds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Scheduled rounds of an ML system: one due item per system (its id names only the system's first
 * code, its data only the interval and the round it follows). When it is due, the next round opens by
 * itself through the same operation a lead uses, and the following one is scheduled from the new
 * round. A round opened by hand moves the schedule to it, so no round is followed twice. Leads are
 * checked by the desk before {@link #set} is asked.
 */
public final class RoundSchedules {

    public static final String KIND = "round-schedule";
    /**
     * Shortest interval: a round needs time for three questionnaires to gather enough answer sets and
     * for fixes to land; a weekly round would mostly open empty ones.
     */
    public static final int MIN_DAYS = 7;
    /** Longest interval: two years; beyond that a system is not being followed, and a typo is likelier than intent. */
    public static final int MAX_DAYS = 730;
    static final String DAYS = "days";
    static final String AFTER = "after";
    public static final String CLOSED = "That round is closed, so it cannot be scheduled; give the code of the system's current round.";
    public static final String NOT_CURRENT = "That is not the system's latest round; schedule its current round, `%s`, instead.";

    private final AssessmentService assessments;
    private final Rounds rounds;
    private final RoundOpener opener;
    private final DueItems items;
    private final Clock clock;
    private final DueJob job;

    public RoundSchedules(AssessmentService assessments, RoundStore store, RoundOpener opener, DueItems items, Clock clock) {
        this.assessments = assessments;
        this.rounds = new Rounds(store);
        this.opener = opener;
        this.items = items;
        this.clock = clock;
        this.job = new DueJob(items, clock, KIND);
    }

    static String itemId(String systemId) {
        return KIND + ":" + systemId;
    }

    /** Sets ({@code every 90d}) or stops ({@code off}) the schedule of the assessment's system; a refusal changes nothing. */
    public LeadAnswer set(Assessment assessment, String typed) {
        Cadence cadence = Cadence.parse(typed, MIN_DAYS, MAX_DAYS);
        if (cadence instanceof Cadence.Refused refused) {
            return new LeadAnswer.Refused(refused.message());
        }
        Round round = rounds.of(assessment.code());
        if (round.closed()) {
            return new LeadAnswer.Refused(CLOSED);
        }
        Round current = rounds.current(round);
        if (!current.code().equals(round.code())) {
            return new LeadAnswer.Refused(String.format(NOT_CURRENT, current.code()));
        }
        if (cadence instanceof Cadence.Off) {
            return new LeadAnswer.Scheduled(items.cancel(itemId(round.systemId()))
                    ? "Scheduled rounds of `" + round.code() + "` are off; open the next round by hand when you want one."
                    : "Rounds of `" + round.code() + "` were not scheduled; nothing was changed.");
        }
        Cadence.Every every = (Cadence.Every) cadence;
        DueItem item = item(round, every.days());
        items.schedule(item);
        return new LeadAnswer.Scheduled("Round " + (round.number() + 1) + " of `" + round.code() + "` opens by itself on "
                + day(item.due()) + ", posted where this round's message is, and then " + every.words()
                + " from each new round. Say `off` to stop.");
    }

    /** The day the round after this one is due to open on schedule; empty when it is not scheduled. */
    public Optional<LocalDate> nextDue(String code) {
        Round round = rounds.of(code);
        return items.find(itemId(round.systemId())).filter(i -> code.equals(i.data().get(AFTER))).map(i -> day(i.due()));
    }

    /** A round was opened by hand: the schedule, if any, continues from it. */
    public void followed(Round opened) {
        items.find(itemId(opened.systemId())).filter(i -> !opened.code().equals(i.data().get(AFTER)))
                .ifPresent(i -> items.schedule(item(opened, days(i))));
    }

    /** Opens every round due now; returns how many schedules were handled. */
    public int openDue() {
        return job.run(this::open);
    }

    private DueJob.Outcome open(DueItem item) {
        String after = item.data().getOrDefault(AFTER, "");
        Optional<Assessment> last = assessments.findAnywhere(after);
        if (last.isEmpty()) {
            return new DueJob.Outcome.Done();
        }
        Round current = rounds.current(rounds.of(after));
        if (!current.code().equals(after)) {
            // a round was opened by hand since: follow it instead of opening another
            items.schedule(item(current, days(item)));
            return new DueJob.Outcome.Replaced();
        }
        Optional<RoundOpener.Opened> opened = opener.openAfter(last.get(), current, RoundSchedules::noteInOldThread);
        if (opened.isEmpty()) {
            return new DueJob.Outcome.Retry();
        }
        items.schedule(item(opened.get().round(), days(item)));
        return new DueJob.Outcome.Replaced();
    }

    /** The line in the previous round's thread when a round opens on schedule. */
    public static String noteInOldThread(Round next) {
        return "Round " + next.number() + " of this assessment was opened on schedule, with code `" + next.code()
                + "`; its message is posted below. This round's answers and report are kept as they are.";
    }

    /** What a status says of the schedule. */
    public static String words(LocalDate due) {
        return "Next round due on " + due + " (opened on schedule).";
    }

    private DueItem item(Round from, int days) {
        Instant due = clock.instant().plus(Duration.ofDays(days));
        return new DueItem(itemId(from.systemId()), KIND, due, Map.of(DAYS, String.valueOf(days), AFTER, from.code()));
    }

    private static int days(DueItem item) {
        return Integer.parseInt(item.data().getOrDefault(DAYS, "90"));
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
