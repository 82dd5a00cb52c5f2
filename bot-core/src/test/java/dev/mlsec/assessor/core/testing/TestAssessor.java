package dev.mlsec.assessor.core.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.EngineListener;
import dev.mlsec.assessor.core.engine.NoisyOrSummary;
import dev.mlsec.assessor.core.engine.Throttle;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.ServerSecret;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.lead.AssessmentTally;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.remind.ThreadPostBoard;
import dev.mlsec.assessor.core.remind.ThreadReminders;
import dev.mlsec.assessor.core.lead.Leads;
import dev.mlsec.assessor.core.lead.RootMessageBoard;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.report.FewAnswerSets;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.store.EmbeddedMongo;
import dev.mlsec.assessor.core.remind.DirectMessageBoard;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.remind.ReminderSender;
import dev.mlsec.assessor.core.remind.RemindersForgotten;
import dev.mlsec.assessor.core.store.GuardedRunStore;
import dev.mlsec.assessor.core.store.MongoDueItems;
import dev.mlsec.assessor.core.round.RoundDesk;
import dev.mlsec.assessor.core.round.Rounds;
import dev.mlsec.assessor.core.store.MongoAssessmentStore;
import dev.mlsec.assessor.core.store.MongoRoundStore;
import dev.mlsec.assessor.core.store.MongoCompletedRuns;
import dev.mlsec.assessor.core.trends.TrendsService;
import dev.mlsec.assessor.core.store.MongoCounterStore;
import dev.mlsec.assessor.core.store.MongoRunStore;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The complete core over an in-memory embedded store, for tests: engine, assessments, reports, trends
 * and exports on real storage code and the real MongoDB wire protocol.
 */
public final class TestAssessor implements AutoCloseable {

    private final EmbeddedMongo server;
    private final MongoClient client;
    private final MongoTemplate mongo;
    private final ServerSecret secret = ServerSecret.random();
    private final List<Questionnaire> questionnaires;
    private final ConversationEngine engine;
    private final MongoRunStore runs;
    private final MongoCounterStore counters;
    private final MongoCompletedRuns completedRuns;
    private final AssessmentService assessmentService;
    private final ReportService reports;
    private final TrendsService trends;
    private final AnswerExport exports;
    private final Anonymity anonymity;
    private final RootMessageBoard roots = new RootMessageBoard();
    private final AssessmentTally tally;
    private final LeadDesk desk;
    private final MongoDueItems dueItems;
    private final RoundDesk roundDesk;
    private final DirectMessageBoard directMessages = new DirectMessageBoard();
    private final RemindMeDesk remindMe;
    private final ThreadPostBoard threadPosts = new ThreadPostBoard();
    private final ThreadReminders threadReminders;
    private final ReminderSender reminders;
    private final MongoRoundStore roundStore;

    private TestAssessor(List<Questionnaire> questionnaires, Clock clock, com.mongodb.event.CommandListener... listeners) {
        this.questionnaires = questionnaires;
        this.server = EmbeddedMongo.inMemory();
        com.mongodb.MongoClientSettings.Builder settings = com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(server.connectionString()));
        for (com.mongodb.event.CommandListener listener : listeners) {
            settings.addCommandListener(listener);
        }
        this.client = MongoClients.create(settings.build());
        this.mongo = new MongoTemplate(client, "mlsec-test");
        this.runs = new MongoRunStore(mongo);
        runs.ensureIndexes();
        this.counters = new MongoCounterStore(mongo);
        this.completedRuns = new MongoCompletedRuns(mongo);
        this.anonymity = new Anonymity(Anonymity.MIN_K);
        Pseudonymizer pseudonyms = new Pseudonymizer(secret);
        this.assessmentService = new AssessmentService(new MongoAssessmentStore(mongo), pseudonyms, new LocationSeal(secret), clock);
        this.reports = new ReportService(questionnaires, assessmentService, completedRuns, anonymity, clock);
        this.trends = new TrendsService(questionnaires, counters, assessmentService, anonymity);
        this.exports = new AnswerExport(questionnaires, completedRuns, anonymity);
        this.roundStore = new MongoRoundStore(mongo);
        this.dueItems = new MongoDueItems(mongo);
        Rounds roundStates = new Rounds(roundStore);
        this.threadReminders = new ThreadReminders(assessmentService, reports, dueItems,
                code -> roundStates.closedInFavourOf(code).isEmpty(), threadPosts, clock, anonymity.k(), questionnaires);
        this.roundDesk = RoundDesk.of(assessmentService, roundStore, reports, completedRuns, questionnaires, roots, anonymity,
                clock, dueItems);
        this.desk = new LeadDesk(assessmentService, reports, trends, exports, questionnaires, Leads.EVERYONE,
                roundDesk, java.util.Optional.of(threadReminders));
        this.tally = new AssessmentTally(counters, assessmentService, reports, questionnaires, roots);
        LocationSeal seal = new LocationSeal(secret);
        this.reminders = new ReminderSender(dueItems, runs, seal, directMessages, clock, questionnaires);
        this.remindMe = new RemindMeDesk(runs, dueItems, pseudonyms, seal, clock);
        this.engine = new ConversationEngine(questionnaires, new GuardedRunStore(new RemindersForgotten(runs, reminders)), tally,
                new FewAnswerSets(assessmentService, completedRuns, anonymity), pseudonyms, new NoisyOrSummary(),
                EngineListener.NONE, Throttle.NONE, clock, new Rounds(roundStore));
    }

    public static TestAssessor with(List<Questionnaire> questionnaires) {
        return new TestAssessor(questionnaires, Clock.systemUTC());
    }

    public static TestAssessor with(List<Questionnaire> questionnaires, Clock clock) {
        return new TestAssessor(questionnaires, clock);
    }

    /** With listeners that see every command sent to the store, e.g. to count reads. */
    public static TestAssessor withCommandListener(List<Questionnaire> questionnaires, com.mongodb.event.CommandListener listener) {
        return new TestAssessor(questionnaires, Clock.systemUTC(), listener);
    }

    public static TestAssessor withBundledQuestionnaires() {
        return with(QuestionnaireLoader.loadBundled());
    }

    /** A questionnaire from this module's test resources, e.g. {@code pipeline}. */
    public static Questionnaire testQuestionnaire(String id) {
        String resource = "questionnaires/" + id + ".yaml";
        try (InputStream in = TestAssessor.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test questionnaire " + resource);
            }
            return QuestionnaireLoader.load(id + ".yaml", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Assessments stored for real, in the same store (k = 3 in this fixture). */
    public AssessmentService assessments() {
        return assessmentService;
    }

    /** Rounds stored for real, in the same store. */
    public MongoRoundStore rounds() {
        return roundStore;
    }

    public ReportService reports() {
        return reports;
    }

    public TrendsService trends() {
        return trends;
    }

    public AnswerExport exports() {
        return exports;
    }

    public MongoCompletedRuns completedRuns() {
        return completedRuns;
    }

    public Anonymity anonymity() {
        return anonymity;
    }

    public ConversationEngine engine() {
        return engine;
    }

    public List<Questionnaire> questionnaires() {
        return questionnaires;
    }

    public MongoTemplate mongo() {
        return mongo;
    }

    public MongoClient client() {
        return client;
    }

    public ServerSecret secret() {
        return secret;
    }

    public MongoRunStore runs() {
        return runs;
    }

    /** Due items (reminders, later due rounds) in the same store. */
    /** The scheduled rounds, as the job that opens due rounds uses them. */
    public dev.mlsec.assessor.core.schedule.RoundSchedules roundSchedules() {
        return roundDesk.schedules().orElseThrow();
    }

    public MongoDueItems dueItems() {
        return dueItems;
    }

    /** Where reminders' direct messages go; attach a channel's to send them. */
    public DirectMessageBoard directMessages() {
        return directMessages;
    }

    /** Answers a respondent's "Remind me". */
    public RemindMeDesk remindMe() {
        return remindMe;
    }

    /** Where thread reminders are posted; attach a channel's to post them. */
    public ThreadPostBoard threadPosts() {
        return threadPosts;
    }

    /** Posts the thread reminders due by this fixture's clock; the desk sets them with {@code remind}. */
    public ThreadReminders threadReminders() {
        return threadReminders;
    }

    /** Sends the reminders due by this fixture's clock. */
    public ReminderSender reminders() {
        return reminders;
    }

    public MongoCounterStore counters() {
        return counters;
    }

    /** The counters as the engine adds to them: with each assessment's bands and root message kept up to date. */
    public AssessmentTally tally() {
        return tally;
    }

    /** The lead desk, where everyone is a lead; {@code desk().with(leads)} for a channel's policy. */
    /** Homes, with everyone a lead (narrow it with {@link HomeService#with}). */
    public HomeService home() {
        return new HomeService(questionnaires, new GuardedRunStore(runs), new Pseudonymizer(secret), assessmentService,
                reports, Leads.EVERYONE);
    }

    public LeadDesk desk() {
        return desk;
    }

    /** Where root messages are told an assessment's new status; attach a channel's to see them. */
    public RootMessageBoard roots() {
        return roots;
    }

    /** Every document of every collection, as JSON, for anonymity checks and before/after comparisons. */
    public String dump() {
        StringBuilder all = new StringBuilder();
        List<String> names = new ArrayList<>(mongo.getCollectionNames());
        names.sort(null);
        for (String name : names) {
            all.append("## ").append(name).append('\n');
            for (Document d : mongo.getCollection(name).find().sort(new Document("_id", 1))) {
                all.append(d.toJson()).append('\n');
            }
        }
        return all.toString();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
