package dev.mlsec.assessor.core.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TrendsTest {

    /** Counts every command that names the sessions collection. */
    static final class RunReads implements CommandListener {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if ("sessions".equals(event.getCommand().get(event.getCommandName()) instanceof org.bson.BsonString s ? s.getValue() : null)) {
                count.incrementAndGet();
            }
        }
    }

    private static void completeSecurity(TestAssessor assessor, String user, int option) {
        Respondent who = new Respondent(Platform.SLACK, "T1", user);
        Reply reply = assessor.engine().handle(who, new Command.Start("security", Optional.empty()));
        while (reply instanceof Reply.Prompt p) {
            int pick = Math.min(option, p.question().options().size() - 1);
            reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                    List.of(p.question().options().get(pick).id())));
        }
    }

    @Test
    void trends_over_one_hundred_thousand_completed_runs_never_read_a_run() {
        List<Questionnaire> all = QuestionnaireLoader.loadBundled();
        RunReads reads = new RunReads();
        try (TestAssessor assessor = TestAssessor.withCommandListener(all, reads)) {
            completeSecurity(assessor, "U1", 0);
            // 100,000 completed runs already counted: the documents exist, the counters hold them
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 100_000; i++) {
                batch.add(new Document("_id", "bulk-" + i).append("questionnaireId", "security").append("state", "COMPLETED")
                        .append("counted", true).append("answers", new Document()).append("createdOn", "2026-11-28")
                        .append("updatedOn", "2026-11-28").append("revision", 1L));
                if (batch.size() == 10_000) {
                    assessor.mongo().getCollection("sessions").insertMany(batch);
                    batch.clear();
                }
            }
            assessor.mongo().getCollection("answer_counters").updateMany(new Document(),
                    new Document("$inc", new Document("completed", 100_000)));
            assertThat(reads.count.get()).as("the listener sees commands on sessions").isPositive();
            reads.count.set(0);

            TrendsReport trends = assessor.trends().trends();

            assertThat(reads.count.get()).as("commands reading the sessions collection").isZero();
            assertThat(assessor.mongo().getCollection("sessions").countDocuments()).isEqualTo(100_001);
            assertThat(trends.questionnaires().get(2).completed()).isEqualTo(100_001);
        }
    }

    @Test
    void a_question_answered_by_fewer_than_k_is_withheld_with_how_many_more_are_needed() {
        try (TestAssessor assessor = TestAssessor.withBundledQuestionnaires()) {
            completeSecurity(assessor, "U1", 0);
            completeSecurity(assessor, "U2", 1);
            TrendsReport.QuestionTrend first = assessor.trends().trends().questionnaires().get(2).questions().get(0);
            assertThat(first.options()).isEmpty();
            assertThat(first.withheld()).contains("1 more completed answer set is needed before this is shown");
        }
    }

    @Test
    void with_k_answers_the_shares_of_each_option_are_shown() {
        try (TestAssessor assessor = TestAssessor.withBundledQuestionnaires()) {
            completeSecurity(assessor, "U1", 0);
            completeSecurity(assessor, "U2", 0);
            completeSecurity(assessor, "U3", 1);
            TrendsReport.QuestionTrend first = assessor.trends().trends().questionnaires().get(2).questions().get(0);
            assertThat(first.withheld()).isEmpty();
            assertThat(first.answered()).isEqualTo(3);
            assertThat(first.options().get(0).chosen()).isEqualTo(2);
            assertThat(first.options().get(0).percent()).isEqualTo(67);
            assertThat(TrendsRenderer.markdown(assessor.trends().trends())).contains("67% (2)");
        }
    }
}
