package dev.mlsec.assessor.core.lead;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentCodes;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.remind.ThreadReminders;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.round.RoundDesk;
import dev.mlsec.assessor.core.run.StoreUnavailableException;
import dev.mlsec.assessor.core.trends.TrendsRenderer;
import dev.mlsec.assessor.core.trends.TrendsReport;
import dev.mlsec.assessor.core.trends.TrendsService;
import dev.mlsec.assessor.questions.Questionnaire;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers lead requests for every channel: who may ask (through the channel's {@link Leads}), what
 * each verb does, and every word the lead reads. A code of another space is answered exactly like an
 * unknown one; a refusal changes nothing.
 */
public final class LeadDesk {

    public static final String OUTSIDE_A_SPACE =
            "That only works in a workspace or server: assessments belong to the one they were created in.";
    public static final String NO_LEADS_NAMED =
            "Only leads can do that, and none are named here yet; ask whoever runs this bot to name them.";
    public static final String STORE_UNAVAILABLE =
            "The answer store is temporarily unavailable; nothing was changed. Please try again in a minute.";
    public static final String UNKNOWN_FORMAT = "The export format is csv or json.";
    public static final String UNKNOWN_TRENDS_FORMAT = "The trends format is markdown, json or html.";
    public static final String OPERATOR_ONLY = "That is for whoever runs this bot, from its command line.";
    public static final String NO_THREAD_REMINDERS = "Thread reminders are not available in this installation.";

    private final AssessmentService assessments;
    private final ReportService reports;
    private final TrendsService trends;
    private final AnswerExport exports;
    private final List<Questionnaire> questionnaires;
    private final Leads leads;
    private final RoundDesk rounds;
    private final Optional<ThreadReminders> threadReminders;

    public LeadDesk(AssessmentService assessments, ReportService reports, TrendsService trends, AnswerExport exports,
                    List<Questionnaire> questionnaires, Leads leads, RoundDesk rounds) {
        this(assessments, reports, trends, exports, questionnaires, leads, rounds, Optional.empty());
    }

    /** With the thread reminders a lead sets with {@code remind}; without them that verb is refused. */
    public LeadDesk(AssessmentService assessments, ReportService reports, TrendsService trends, AnswerExport exports,
                    List<Questionnaire> questionnaires, Leads leads, RoundDesk rounds, Optional<ThreadReminders> threadReminders) {
        this.threadReminders = threadReminders;
        this.rounds = rounds;
        this.assessments = assessments;
        this.reports = reports;
        this.trends = trends;
        this.exports = exports;
        this.questionnaires = List.copyOf(questionnaires);
        this.leads = leads;
    }

    /** The same desk, with the channel's answer to "is this person a lead here?". */
    public LeadDesk with(Leads channelLeads) {
        return new LeadDesk(assessments, reports, trends, exports, questionnaires, channelLeads, rounds, threadReminders);
    }

    /**
     * Why this request would be refused, from what is known without the store (who asks, what they
     * typed): lets a channel refuse privately before it shows anything in public.
     */
    public Optional<LeadAnswer> refusal(Respondent who, LeadRequest request) {
        if (request instanceof LeadRequest.ExportAll || request instanceof LeadRequest.ExportTrends) {
            return refused(OPERATOR_ONLY);
        }
        switch (leads.standing(who)) {
            case OUTSIDE_A_SPACE:
                return Optional.of(new LeadAnswer.NotPermitted(OUTSIDE_A_SPACE));
            case NOT_A_LEAD:
                List<String> named = leads.named(who.spaceOf());
                return Optional.of(new LeadAnswer.NotPermitted(named.isEmpty() ? NO_LEADS_NAMED
                        : "Only leads can do that: " + String.join(", ", named) + "."));
            default:
                break;
        }
        try {
            if (request instanceof LeadRequest.New n) {
                AssessmentService.validName(n.systemName());
            }
        } catch (AssessorException invalid) {
            return refused(invalid.getMessage());
        }
        Optional<String> code = code(request);
        if (code.isPresent() && AssessmentCodes.normalize(code.get()).isEmpty()) {
            return Optional.of(unknown(code.get(), who.platform()));
        }
        if (request instanceof LeadRequest.Schedule s && dev.mlsec.assessor.core.due.Cadence.parse(s.cadence(),
                dev.mlsec.assessor.core.schedule.RoundSchedules.MIN_DAYS, dev.mlsec.assessor.core.schedule.RoundSchedules.MAX_DAYS)
                instanceof dev.mlsec.assessor.core.due.Cadence.Refused bad) {
            return refused(bad.message());
        }
        if (request instanceof LeadRequest.Export e && AnswerExport.Format.parse(e.format()).isEmpty()) {
            return refused(UNKNOWN_FORMAT);
        }
        return Optional.empty();
    }

    /** Answers a lead of the asker's space; anyone else is refused and nothing changes. */
    public LeadAnswer handle(Respondent who, LeadRequest request) {
        Optional<LeadAnswer> refused = refusal(who, request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Space space = who.spaceOf();
        try {
            return answer(request, space, c -> assessments.require(space, c));
        } catch (AssessorException e) {
            return e.problem() == AssessorException.Problem.UNKNOWN_CODE
                    ? unknown(code(request).orElse(""), who.platform()) : new LeadAnswer.Refused(e.getMessage());
        } catch (StoreUnavailableException e) {
            return new LeadAnswer.Refused(STORE_UNAVAILABLE);
        }
    }

    /** Answers the operator of this installation, who sees every assessment by its code. */
    public LeadAnswer handleForOperator(Space space, LeadRequest request) {
        try {
            if (request instanceof LeadRequest.ExportAll all) {
                return exportAll(all);
            }
            if (request instanceof LeadRequest.ExportTrends t) {
                return exportTrends(t);
            }
            return answer(request, space, c -> assessments.findAnywhere(c).orElseThrow(AssessorException::unknownCode));
        } catch (AssessorException e) {
            return new LeadAnswer.Refused(e.getMessage());
        } catch (StoreUnavailableException e) {
            return new LeadAnswer.Refused(STORE_UNAVAILABLE);
        }
    }

    /** Keeps where a channel posted the root message of an assessment of the asker's space. */
    public void placeRoot(Respondent who, String code, RootLocation where) {
        assessments.find(who.spaceOf(), code).ifPresent(a -> assessments.placeRoot(a.code(), where));
    }

    /** The asker's space's assessments whose code starts with, or whose name contains, what they typed. */
    public List<Assessment> suggestions(Respondent who, String typed, int limit) {
        // the list of a space's assessments (codes and system names, from every channel) is for its
        // leads, as reports are; a member starts from the assessment's message or the code given to them
        if (leads.standing(who) != Leads.Standing.LEAD) {
            return List.of();
        }
        String upper = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return assessments.ofSpace(who.spaceOf(), 50).stream()
                .filter(a -> a.code().startsWith(upper) || a.name().toUpperCase(Locale.ROOT).contains(upper))
                .limit(limit).toList();
    }

    private interface Finder {
        Assessment find(String code);
    }

    private LeadAnswer answer(LeadRequest request, Space space, Finder finder) {
        if (request instanceof LeadRequest.New n) {
            Assessment created = assessments.create(space, n.systemName(), n.isPrivate());
            return new LeadAnswer.Created(RootView.of(reports.status(created), questionnaires));
        }
        if (request instanceof LeadRequest.Status s) {
            Assessment found = finder.find(s.code());
            return new LeadAnswer.StatusShown(reports.status(found), rounds.scheduleLine(found.code()));
        }
        if (request instanceof LeadRequest.Report r) {
            Assessment found = finder.find(r.code());
            Optional<RootLocation> thread = r.share() ? assessments.root(found.code()) : Optional.empty();
            ReportBundle bundle = ReportBundle.of(rounds.report(found));
            return new LeadAnswer.Reported(rounds.scheduleLine(found.code()).map(bundle::withRoundLine).orElse(bundle), thread);
        }
        if (request instanceof LeadRequest.NextRound n) {
            return rounds.open(finder.find(n.code()));
        }
        if (request instanceof LeadRequest.Close c) {
            return rounds.close(finder.find(c.code()));
        }
        if (request instanceof LeadRequest.Remind r) {
            Assessment found = finder.find(r.code());
            return new LeadAnswer.Reminders(threadReminders.map(t -> t.set(space, found.code(), r.cadence()))
                    .orElse(NO_THREAD_REMINDERS));
        }
        if (request instanceof LeadRequest.Schedule s) {
            return rounds.schedule(finder.find(s.code()), s.cadence());
        }
        if (request instanceof LeadRequest.Trends) {
            dev.mlsec.assessor.core.trends.LeadTrends shown = trends.trendsFor(space);
            List<dev.mlsec.assessor.core.trends.QuarterSpread> quarters = rounds.quarters();
            return new LeadAnswer.TrendsShown(TrendsWords.markdown(shown, space.platform())
                    + dev.mlsec.assessor.core.trends.QuarterWords.markdown(quarters),
                    dev.mlsec.assessor.core.round.RoundTrends.charts(shown.everyone(), quarters));
        }
        LeadRequest.Export e = (LeadRequest.Export) request;
        Assessment found = finder.find(e.code());
        AnswerExport.Format format = AnswerExport.Format.parse(e.format())
                .orElseThrow(() -> new AssessorException(AssessorException.Problem.INVALID_ARGUMENT, UNKNOWN_FORMAT));
        StringWriter out = new StringWriter();
        exports.assessment(found.code(), format, out);
        String extension = format.name().toLowerCase(Locale.ROOT);
        return new LeadAnswer.Exported(new ReportFile("answers-" + found.code() + "." + extension,
                "Anonymous answers of " + found.code(), out.toString().getBytes(StandardCharsets.UTF_8)),
                "Anonymous answers of " + found.code() + ", one row per completed run, as " + extension.toUpperCase(Locale.ROOT) + ".");
    }

    private LeadAnswer exportAll(LeadRequest.ExportAll request) {
        Optional<AnswerExport.Format> format = AnswerExport.Format.parse(request.format());
        if (format.isEmpty()) {
            return new LeadAnswer.Refused(UNKNOWN_FORMAT);
        }
        StringWriter out = new StringWriter();
        exports.all(format.get(), out);
        String extension = format.get().name().toLowerCase(Locale.ROOT);
        return new LeadAnswer.Exported(new ReportFile("answers-all." + extension, "Anonymous answers of every assessment",
                out.toString().getBytes(StandardCharsets.UTF_8)),
                "Anonymous answers of every completed run, one row each, as " + extension.toUpperCase(Locale.ROOT) + ".");
    }

    private LeadAnswer exportTrends(LeadRequest.ExportTrends request) {
        String format = request.format().strip().toLowerCase(Locale.ROOT);
        if (!format.equals("markdown") && !format.equals("json") && !format.equals("html")) {
            return new LeadAnswer.Refused(UNKNOWN_TRENDS_FORMAT);
        }
        TrendsReport everyone = trends.trends();
        if (format.equals("html")) {
            return new LeadAnswer.Exported(new ReportFile("trends.html", "Trends across everyone",
                    rounds.trendsHtml(everyone).getBytes(StandardCharsets.UTF_8)), "Trends across every completed run of every assessment.");
        }
        boolean json = format.equals("json");
        String text = json ? TrendsRenderer.json(everyone) : TrendsRenderer.markdown(everyone);
        return new LeadAnswer.Exported(new ReportFile(json ? "trends.json" : "trends.md", "Trends across everyone",
                text.getBytes(StandardCharsets.UTF_8)), "Trends across every completed run of every assessment.");
    }

    private static Optional<String> code(LeadRequest request) {
        return request instanceof LeadRequest.OfAssessment about ? Optional.of(about.code()) : Optional.empty();
    }

    private static LeadAnswer unknown(String typed, Platform platform) {
        return new LeadAnswer.UnknownCode(typed.strip(), platform == Platform.DISCORD ? "server" : "workspace");
    }

    private static Optional<LeadAnswer> refused(String message) {
        return Optional.of(new LeadAnswer.Refused(message));
    }
}
