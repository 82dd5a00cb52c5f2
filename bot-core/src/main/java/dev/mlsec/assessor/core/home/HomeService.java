package dev.mlsec.assessor.core.home;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Promises;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.Leads;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.run.RunStore;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds a person's {@link HomeView}: their open runs, found through their pseudonym only, then the
 * questionnaires they could start, then, for a lead, the space's assessments, newest first, with how
 * many completed each questionnaire and the latest bands once scores are shown. Pages hold at most
 * {@value #ENTRIES_PER_PAGE} entries, so every channel's limits hold.
 */
public final class HomeService {

    public static final int ENTRIES_PER_PAGE = 8;
    static final int MAX_OPEN_RUNS = 50;
    static final int MAX_ASSESSMENTS = 100;
    public static final String TITLE = "MLSec Assessor";
    public static final String OPEN_RUNS = "Your unfinished questionnaires";
    public static final String NOTHING_OPEN = "Nothing unfinished. Start a questionnaire below, or from an "
            + "assessment's message in a channel.";
    public static final String ON_YOUR_OWN = "Questionnaires you can answer on your own";
    public static final String NO_ASSESSMENTS = "No assessments yet: create one with `/mlsec new <system name>`.";

    private final List<Questionnaire> questionnaires;
    private final RunStore runs;
    private final Pseudonymizer pseudonyms;
    private final AssessmentService assessments;
    private final ReportService reports;
    private final Leads leads;

    public HomeService(List<Questionnaire> questionnaires, RunStore runs, Pseudonymizer pseudonyms,
                       AssessmentService assessments, ReportService reports, Leads leads) {
        this.questionnaires = List.copyOf(questionnaires);
        this.runs = runs;
        this.pseudonyms = pseudonyms;
        this.assessments = assessments;
        this.reports = reports;
        this.leads = leads;
    }

    /** The same service, with the channel's answer to "is this person a lead here?". */
    public HomeService with(Leads channelLeads) {
        return new HomeService(questionnaires, runs, pseudonyms, assessments, reports, channelLeads);
    }

    /** The person's home at this page (pages outside the range show the nearest one). */
    public HomeView of(Respondent who, int page) {
        Map<String, List<Supplier<HomeView.Item>>> groups = new LinkedHashMap<>();
        groups.put(OPEN_RUNS, openRuns(who));
        groups.put(ON_YOUR_OWN, questionnaires.stream()
                .<Supplier<HomeView.Item>>map(q -> () -> HomeEntries.startable(q)).toList());
        if (leads.standing(who) == Leads.Standing.LEAD) {
            groups.put(assessmentsHeading(who.platform()), assessments(who));
        }
        return paged(groups, page);
    }

    private List<Supplier<HomeView.Item>> openRuns(Respondent who) {
        List<Run> open = runs.openOf(pseudonyms.respondentKey(who), MAX_OPEN_RUNS);
        if (open.isEmpty()) {
            return List.of(() -> new HomeView.Note(NOTHING_OPEN));
        }
        Map<String, Questionnaire> byId = new LinkedHashMap<>();
        questionnaires.forEach(q -> byId.put(q.id(), q));
        return open.stream().filter(r -> byId.containsKey(r.questionnaireId()))
                .<Supplier<HomeView.Item>>map(r -> () -> HomeEntries.open(r, byId.get(r.questionnaireId()))).toList();
    }

    private List<Supplier<HomeView.Item>> assessments(Respondent who) {
        List<Assessment> found = assessments.ofSpace(who.spaceOf(), MAX_ASSESSMENTS);
        if (found.isEmpty()) {
            return List.of(() -> new HomeView.Note(NO_ASSESSMENTS));
        }
        // the report is read only for the assessments on the page shown
        return found.stream().<Supplier<HomeView.Item>>map(a -> () -> HomeEntries.assessment(reports.report(a))).toList();
    }

    static String assessmentsHeading(Platform platform) {
        return "Assessments in this " + (platform == Platform.DISCORD ? "server" : "workspace") + " (for leads)";
    }

    /** Cuts the groups into pages of entries, each page repeating the heading of the group it continues. */
    private static HomeView paged(Map<String, List<Supplier<HomeView.Item>>> groups, int page) {
        int total = groups.values().stream().mapToInt(List::size).sum();
        int pages = Math.max(1, (total + ENTRIES_PER_PAGE - 1) / ENTRIES_PER_PAGE);
        int shown = Math.max(1, Math.min(page, pages));
        int from = (shown - 1) * ENTRIES_PER_PAGE;
        int to = from + ENTRIES_PER_PAGE;
        List<HomeView.Item> items = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<Supplier<HomeView.Item>>> group : groups.entrySet()) {
            boolean headed = false;
            for (Supplier<HomeView.Item> entry : group.getValue()) {
                if (index >= from && index < to) {
                    if (!headed) {
                        items.add(new HomeView.Heading(group.getKey()));
                        headed = true;
                    }
                    items.add(entry.get());
                }
                index++;
            }
        }
        return new HomeView(TITLE, Promises.ABOUT, items, shown, pages);
    }
}
