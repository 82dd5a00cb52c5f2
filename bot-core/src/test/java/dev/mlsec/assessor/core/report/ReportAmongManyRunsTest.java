package dev.mlsec.assessor.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class ReportAmongManyRunsTest {

    /** The filter of every command that names the sessions collection. */
    static final class RunFilters implements CommandListener {
        final List<BsonDocument> filters = new ArrayList<>();

        @Override
        public synchronized void commandStarted(CommandStartedEvent event) {
            if (event.getCommand().get(event.getCommandName()) instanceof BsonString s && "sessions".equals(s.getValue())) {
                filters.add(event.getCommand().getDocument("filter", new BsonDocument()).clone());
            }
        }
    }

    @Test
    void a_report_among_fifty_thousand_other_completed_runs_reads_only_its_own_runs_by_id() {
        RunFilters sessions = new RunFilters();
        try (TestAssessor assessor = TestAssessor.withCommandListener(QuestionnaireLoader.loadBundled(), sessions)) {
            Space acme = new Space(Platform.SLACK, "T-ACME");
            Assessment fraud = assessor.assessments().create(acme, "fraud model v3");
            int n = 0;
            for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
                Respondent who = new Respondent(Platform.SLACK, "T-ACME", "U" + n++);
                Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(fraud.code())));
                while (reply instanceof Reply.Prompt p) {
                    reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                            List.of(p.question().options().get(0).id())));
                }
            }
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 50_000; i++) {
                batch.add(new Document("_id", "other-" + i).append("questionnaireId", "security").append("state", "COMPLETED")
                        .append("assessmentCode", i % 2 == 0 ? "OTH-" + i : null).append("counted", true)
                        .append("answers", new Document()).append("createdOn", "2026-11-28").append("updatedOn", "2026-11-28")
                        .append("revision", 1L));
                if (batch.size() == 10_000) {
                    assessor.mongo().getCollection("sessions").insertMany(batch);
                    batch.clear();
                }
            }
            sessions.filters.clear();

            AssessmentReport report = assessor.reports().report(acme, fraud.code());

            assertThat(report.coverage()).extracting(Coverage::completedRuns).containsExactly(1, 1, 1);
            assertThat(report.picture()).isPresent();
            assertThat(sessions.filters).as("commands on the sessions collection").hasSize(1);
            assertThat(sessions.filters.get(0).keySet()).as("the one read names its runs by id").containsExactly("_id");
            assertThat(sessions.filters.get(0).getDocument("_id").getArray("$in")).hasSize(3);
        }
    }
}
