package dev.mlsec.assessor.app.config;

import dev.mlsec.assessor.app.config.CoreConfiguration.CheckedSettings;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.LocationSeal;
import dev.mlsec.assessor.core.identity.Pseudonymizer;
import dev.mlsec.assessor.core.identity.ServerSecret;
import dev.mlsec.assessor.core.remind.DirectMessageBoard;
import dev.mlsec.assessor.core.remind.RemindMeDesk;
import dev.mlsec.assessor.core.remind.ReminderSender;
import dev.mlsec.assessor.core.remind.RoundStates;
import dev.mlsec.assessor.core.remind.ThreadPostBoard;
import dev.mlsec.assessor.core.remind.ThreadReminders;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.report.ReportService;
import dev.mlsec.assessor.core.store.MongoDueItems;
import dev.mlsec.assessor.core.store.MongoRunStore;
import dev.mlsec.assessor.questions.Questionnaire;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Due items, the "Remind me" reminders and thread reminders kept in them; each chat channel attaches its direct messages and thread posts. */
@Configuration(proxyBeanMethods = false)
public class RemindersConfiguration {

    @Bean
    MongoDueItems dueItems(MongoTemplate mongo) {
        return new MongoDueItems(mongo);
    }

    @Bean
    DirectMessageBoard directMessages() {
        return new DirectMessageBoard();
    }

    @Bean
    RemindMeDesk remindMeDesk(MongoRunStore runs, MongoDueItems items, Pseudonymizer pseudonyms, ServerSecret secret, Clock clock) {
        return new RemindMeDesk(runs, items, pseudonyms, new LocationSeal(secret), clock);
    }

    @Bean
    ReminderSender reminderSender(MongoDueItems items, MongoRunStore runs, ServerSecret secret, DirectMessageBoard messages,
                                  Clock clock, List<Questionnaire> questionnaires, CheckedSettings settings) {
        return new ReminderSender(items, runs, new LocationSeal(secret), messages, clock, questionnaires,
                settings.properties().jobs().claimHold());
    }

    @Bean
    ThreadPostBoard threadPosts() {
        return new ThreadPostBoard();
    }

    /** A lead's reminder cadence per round, posted in the assessment's thread by the channel of its root message. */
    @Bean
    ThreadReminders threadReminders(AssessmentService assessments, ReportService reports, MongoDueItems items,
                                    RoundStates roundStates, ThreadPostBoard posts,
                                    Clock clock, Anonymity anonymity, List<Questionnaire> questionnaires, CheckedSettings settings) {
        return new ThreadReminders(assessments, reports, items, roundStates, posts, clock, anonymity.k(), questionnaires,
                settings.properties().jobs().claimHold());
    }
}
