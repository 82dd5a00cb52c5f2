package dev.mlsec.assessor.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.EngineListener;
import dev.mlsec.assessor.core.engine.NoisyOrSummary;
import dev.mlsec.assessor.core.engine.Throttle;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.ServerSecret;
import dev.mlsec.assessor.core.lead.AssessmentTally;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.Leads;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.store.GuardedRunStore;
import dev.mlsec.assessor.core.store.MongoAssessmentStore;
import dev.mlsec.assessor.core.store.MongoCompletedRuns;
import dev.mlsec.assessor.core.store.MongoCounterStore;
import dev.mlsec.assessor.core.store.MongoRunStore;
import dev.mlsec.assessor.core.trends.TrendsService;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The core wired as the app wires it, over one store. */
final class Core implements AutoCloseable {

    final MongoClient client;
    final MongoTemplate mongo;
    final List<Questionnaire> questionnaires = QuestionnaireLoader.loadBundled();
    final ConversationEngine engine;
    final AssessmentService assessments;
    final ReportService reports;
    final TrendsService trends;
    final LeadDesk desk;
    final AnswerExport exports;

    Core(String connectionString, String database) {
        client = MongoClients.create(connectionString);
        mongo = new MongoTemplate(client, database);
        mongo.getDb().drop();
        ServerSecret secret = ServerSecret.random();
        Pseudonymizer pseudonyms = new Pseudonymizer(secret);
        Clock clock = Clock.systemUTC();
        MongoRunStore runs = new MongoRunStore(mongo);
        runs.ensureIndexes();
        MongoCounterStore counters = new MongoCounterStore(mongo);
        MongoCompletedRuns completed = new MongoCompletedRuns(mongo);
        Anonymity anonymity = new Anonymity(Anonymity.DEFAULT_K);
        assessments = new AssessmentService(new MongoAssessmentStore(mongo), pseudonyms, new LocationSeal(secret), clock);
        reports = new ReportService(questionnaires, assessments, completed, anonymity, clock);
        exports = new AnswerExport(questionnaires, completed, anonymity);
        trends = new TrendsService(questionnaires, counters, assessments, anonymity);
        desk = new LeadDesk(assessments, reports, trends, exports, questionnaires, Leads.NOBODY,
                dev.mlsec.assessor.core.round.RoundDesk.of(assessments, new dev.mlsec.assessor.core.store.MongoRoundStore(mongo),
                        reports, completed, questionnaires, RootMessages.NONE, anonymity, clock));
        engine = new ConversationEngine(questionnaires, new GuardedRunStore(runs),
                new AssessmentTally(counters, assessments, reports, questionnaires, RootMessages.NONE), assessments, pseudonyms, new NoisyOrSummary(),
                EngineListener.NONE, Throttle.NONE, clock);
    }

    @Override
    public void close() {
        client.close();
    }
}
