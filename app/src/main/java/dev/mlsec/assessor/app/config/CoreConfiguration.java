package dev.mlsec.assessor.app.config;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.engine.ConversationEngine;
import dev.mlsec.assessor.core.engine.EngineListener;
import dev.mlsec.assessor.core.engine.NoisyOrSummary;
import dev.mlsec.assessor.core.engine.RunMaintenance;
import dev.mlsec.assessor.core.engine.SummaryCalculator;
import dev.mlsec.assessor.core.engine.Throttle;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.ServerSecret;
import dev.mlsec.assessor.core.lead.AssessmentTally;
import dev.mlsec.assessor.core.ratelimit.RateLimiter;
import dev.mlsec.assessor.core.remind.ReminderSender;
import dev.mlsec.assessor.core.remind.RemindersForgotten;
import dev.mlsec.assessor.core.run.StoreProbe;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.report.FewAnswerSets;
import dev.mlsec.assessor.core.store.AssessmentRunLedger;
import dev.mlsec.assessor.core.store.GuardedRunStore;
import dev.mlsec.assessor.core.store.MongoCompletedRuns;
import dev.mlsec.assessor.core.store.MongoCounterStore;
import dev.mlsec.assessor.core.store.MongoRoundStore;
import dev.mlsec.assessor.core.store.MongoRunStore;
import dev.mlsec.assessor.core.store.MongoStoreProbe;
import dev.mlsec.assessor.core.round.Rounds;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Assembles the channel-neutral core: store, pseudonyms, questionnaires and the engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MlsecProperties.class)
public class CoreConfiguration {

    /** Settings are checked before anything is started. */
    @Bean
    CheckedSettings checkedSettings(MlsecProperties properties) {
        SettingsCheck.check(properties);
        return new CheckedSettings(properties);
    }

    @Bean(destroyMethod = "close")
    StoreConnection storeConnection(CheckedSettings settings) {
        return StoreConnection.of(settings.properties());
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(StoreConnection store) {
        // chat platforms give a bot seconds, not the driver's default 30 s, to answer
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(2, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS))
                .applicationName("mlsec-assessor")
                .build());
    }

    @Bean
    MongoTemplate mongoTemplate(MongoClient client, CheckedSettings settings, StoreConnection store) {
        String database = new ConnectionString(store.connectionString()).getDatabase();
        return new MongoTemplate(client, database != null ? database : settings.properties().database());
    }

    @Bean
    ServerSecret serverSecret(CheckedSettings settings) {
        MlsecProperties p = settings.properties();
        return p.secret().isEmpty() ? ServerSecret.inDirectory(p.dataDir()) : ServerSecret.of(p.secret());
    }

    @Bean
    Pseudonymizer pseudonymizer(ServerSecret secret) {
        return new Pseudonymizer(secret);
    }

    @Bean
    List<Questionnaire> questionnaires() {
        return QuestionnaireLoader.loadBundled();
    }

    @Bean
    MongoRunStore runStore(MongoTemplate mongo) {
        return new MongoRunStore(mongo);
    }

    @Bean
    StoreProbe storeProbe(MongoTemplate mongo) {
        return new MongoStoreProbe(mongo);
    }

    @Bean
    MongoCounterStore counterStore(MongoTemplate mongo) {
        return new MongoCounterStore(mongo);
    }

    @Bean
    AssessmentRunLedger assessmentRunLedger(MongoTemplate mongo) {
        return new AssessmentRunLedger(mongo);
    }

    @Bean
    MongoCompletedRuns completedRuns(MongoTemplate mongo) {
        return new MongoCompletedRuns(mongo);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Throttle throttle(CheckedSettings settings) {
        MlsecProperties.RateLimit limits = settings.properties().rateLimit();
        RateLimiter perRespondent = new RateLimiter(limits.perRespondentPerMinute());
        RateLimiter perSpace = new RateLimiter(limits.perSpacePerMinute());
        return (respondentKey, spaceKey) -> perRespondent.tryAcquire(respondentKey) && perSpace.tryAcquire(spaceKey);
    }

    @Bean
    SummaryCalculator summaryCalculator() {
        return new NoisyOrSummary();
    }

    @Bean
    ConversationEngine conversationEngine(List<Questionnaire> questionnaires, MongoRunStore runs,
                                          AssessmentTally counters, AssessmentService assessments,
                                          MongoCompletedRuns completed, Anonymity anonymity,
                                          Pseudonymizer pseudonyms, SummaryCalculator summaries,
                                          ObjectProvider<EngineListener> listener, Throttle throttle, Clock clock,
                                          ReminderSender reminders, MongoTemplate mongo) {
        return new ConversationEngine(questionnaires, new GuardedRunStore(new RemindersForgotten(runs, reminders)), counters,
                new FewAnswerSets(assessments, completed, anonymity), pseudonyms, summaries,
                listener.getIfAvailable(() -> EngineListener.NONE), throttle, clock, new Rounds(new MongoRoundStore(mongo)));
    }

    @Bean
    RunMaintenance runMaintenance(MongoRunStore runs, AssessmentTally counters, Clock clock, CheckedSettings settings,
                                  ReminderSender reminders) {
        return new RunMaintenance(new GuardedRunStore(new RemindersForgotten(runs, reminders)), counters, clock, settings.properties().retention().abandonedAfterDays());
    }

    /** The settings, once checked. */
    public record CheckedSettings(MlsecProperties properties) {
    }
}
