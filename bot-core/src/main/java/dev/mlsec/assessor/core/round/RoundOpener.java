package dev.mlsec.assessor.core.round;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * Opens the next round of an ML system's assessment: a new code in the same space, linked to the same
 * system; a new root message where the last round's is, and a line in the last round's thread saying
 * so. Earlier rounds stay as they are. One operation, whoever asks for it (a lead, or a schedule).
 */
public final class RoundOpener {

    private static final int ATTEMPTS = 3;

    private final AssessmentService assessments;
    private final Rounds rounds;
    private final RoundStore store;
    private final ReportService reports;
    private final List<Questionnaire> questionnaires;
    private final RootMessages roots;

    public RoundOpener(AssessmentService assessments, RoundStore store, ReportService reports,
                       List<Questionnaire> questionnaires, RootMessages roots) {
        this.assessments = assessments;
        this.rounds = new Rounds(store);
        this.store = store;
        this.reports = reports;
        this.questionnaires = List.copyOf(questionnaires);
        this.roots = roots;
    }

    /**
     * The round opened.
     *
     * @param assessment the new round's assessment (its own code)
     * @param round      its place among the system's rounds
     * @param root       its root message, in words
     * @param postedNear where the last round's root message is, and so the new one is being posted;
     *                   empty when that place is not known (the asker's channel posts it then)
     */
    public record Opened(Assessment assessment, Round round, RootView root, Optional<RootLocation> postedNear) {
    }

    /**
     * Opens the round after the system's current one, in the space {@code of} belongs to: the one
     * operation behind a lead's {@code round} verb, the operator's, and a schedule's.
     */
    public Opened openNext(Assessment of) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Opened> opened = openAfter(of, rounds.current(rounds.of(of.code())), RoundOpener::noteInOldThread);
            if (opened.isPresent()) {
                return opened.get();
            }
            // another round was opened at the same moment; the code just made stays unused
        }
        throw new AssessorException(AssessorException.Problem.INVALID_ARGUMENT,
                "Another round of this assessment was opened at the same moment; check its status and try again.");
    }

    /**
     * Opens the round after {@code current}, saying {@code note} in its thread; empty, and no round
     * opened, when another round came after {@code current} first.
     */
    public Optional<Opened> openAfter(Assessment of, Round current, java.util.function.Function<Round, String> note) {
        Assessment fresh = assessments.createNextTo(of);
        Round next = current.next(fresh.code());
        if (!store.insert(next)) {
            return Optional.empty();
        }
        RootView root = RootView.of(reports.status(fresh), questionnaires);
        Optional<RootLocation> near = assessments.root(current.code());
        near.ifPresent(where -> roots.roundOpened(where, root, note.apply(next),
                placed -> assessments.placeRoot(fresh.code(), placed)));
        return Optional.of(new Opened(fresh, next, root, near));
    }

    /** The line in the previous round's thread. */
    public static String noteInOldThread(Round next) {
        return "Round " + next.number() + " of this assessment is open, with code `" + next.code()
                + "`; its message is posted below. This round's answers and report are kept as they are.";
    }

    /** What the lead is told. */
    public static String confirmation(Opened opened) {
        Round r = opened.round();
        String where = opened.postedNear().isPresent()
                ? "Its message is posted where round " + (r.number() - 1) + "'s is, and round " + (r.number() - 1)
                        + "'s thread says so."
                : "Where round " + (r.number() - 1) + "'s message is is not known, so give the new code to the people who answer.";
        return "Round " + r.number() + " of `" + r.previous().orElse("") + "` is open with code `" + r.code() + "`. " + where
                + " Earlier rounds stay readable by their codes.";
    }
}
