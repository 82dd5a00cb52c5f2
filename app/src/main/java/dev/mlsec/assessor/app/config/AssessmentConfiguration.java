package dev.mlsec.assessor.app.config;

import dev.mlsec.assessor.app.config.CoreConfiguration.CheckedSettings;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.lead.AssessmentTally;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.Leads;
import dev.mlsec.assessor.core.lead.RootMessageBoard;
import dev.mlsec.assessor.core.identity.ServerSecret;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.round.RoundDesk;
import dev.mlsec.assessor.core.store.MongoAssessmentStore;
import dev.mlsec.assessor.core.store.MongoRoundStore;
import dev.mlsec.assessor.core.remind.ThreadReminders;
import dev.mlsec.assessor.core.store.MongoCompletedRuns;
import dev.mlsec.assessor.core.store.MongoCounterStore;
import dev.mlsec.assessor.core.trends.TrendsService;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Assessments, reports, trends and exports. */
@Configuration(proxyBeanMethods = false)
public class AssessmentConfiguration {

    @Bean
    Anonymity anonymity(CheckedSettings settings) {
        return new Anonymity(settings.properties().anonymity().k());
    }

    @Bean
    AssessmentService assessmentService(MongoTemplate mongo, Pseudonymizer pseudonyms, ServerSecret secret, Clock clock) {
        return new AssessmentService(new MongoAssessmentStore(mongo), pseudonyms, new LocationSeal(secret), clock);
    }

    /** The lead desk; each channel serves it with its own answer to "is this person a lead here?". */
    @Bean
    LeadDesk leadDesk(AssessmentService assessments, ReportService reports, TrendsService trends, AnswerExport exports,
                      List<Questionnaire> questionnaires, RoundDesk rounds, ThreadReminders threadReminders) {
        return new LeadDesk(assessments, reports, trends, exports, questionnaires, Leads.NOBODY, rounds,
                java.util.Optional.of(threadReminders));
    }

    /** Rounds of an ML system's assessment: who follows whom, which are closed. */
    @Bean
    MongoRoundStore roundStore(MongoTemplate mongo) {
        return new MongoRoundStore(mongo);
    }

    /** Opening, closing and scheduling rounds, and the report of a round, for the lead desk and the schedule's job. */
    @Bean
    RoundDesk roundDesk(AssessmentService assessments, MongoRoundStore rounds, ReportService reports, MongoCompletedRuns runs,
                        List<Questionnaire> questionnaires, RootMessageBoard roots, Anonymity anonymity, Clock clock,
                        dev.mlsec.assessor.core.store.MongoDueItems dueItems) {
        return RoundDesk.of(assessments, rounds, reports, runs, questionnaires, roots, anonymity, clock, dueItems);
    }

    /** Whether a round still takes answers, as the round store says: thread reminders stop once it is closed. */
    @Bean
    dev.mlsec.assessor.core.remind.RoundStates roundStates(MongoRoundStore rounds) {
        return dev.mlsec.assessor.core.remind.RoundStates.of(rounds);
    }

    /** Where the connected channels redraw assessments' root messages. */
    @Bean
    RootMessageBoard rootMessageBoard() {
        return new RootMessageBoard();
    }

    /** The counters as the engine and the reconciler add to them, keeping assessments' bands and root messages current. */
    @Bean
    AssessmentTally assessmentTally(MongoCounterStore counters, AssessmentService assessments, ReportService reports,
                                    List<Questionnaire> questionnaires, RootMessageBoard roots) {
        return new AssessmentTally(counters, assessments, reports, questionnaires, roots);
    }

    @Bean
    ReportService reportService(List<Questionnaire> questionnaires, AssessmentService assessments, MongoCompletedRuns runs,
                                Anonymity anonymity, Clock clock) {
        return new ReportService(questionnaires, assessments, runs, anonymity, clock);
    }

    @Bean
    TrendsService trendsService(List<Questionnaire> questionnaires, MongoCounterStore counters, AssessmentService assessments,
                                Anonymity anonymity) {
        return new TrendsService(questionnaires, counters, assessments, anonymity);
    }

    @Bean
    AnswerExport answerExport(List<Questionnaire> questionnaires, MongoCompletedRuns runs, Anonymity anonymity) {
        return new AnswerExport(questionnaires, runs, anonymity);
    }
}
