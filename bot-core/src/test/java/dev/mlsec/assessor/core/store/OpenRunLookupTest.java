package dev.mlsec.assessor.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

class OpenRunLookupTest {

    /** The filters of the finds on the sessions collection. */
    static final class RunFinds implements CommandListener {
        final List<BsonDocument> filters = new ArrayList<>();

        @Override
        public synchronized void commandStarted(CommandStartedEvent event) {
            if ("find".equals(event.getCommandName()) && event.getCommand().get("find") instanceof BsonString s
                    && "sessions".equals(s.getValue())) {
                filters.add(event.getCommand().getDocument("filter", new BsonDocument()).clone());
            }
        }
    }

    @Test
    void starting_a_run_looks_up_the_respondents_open_run_by_its_key_alone_which_a_unique_index_answers() {
        RunFinds finds = new RunFinds();
        try (TestAssessor assessor = TestAssessor.withCommandListener(QuestionnaireLoader.loadBundled(), finds)) {
            Respondent alice = new Respondent(Platform.SLACK, "T0001", "U-ALICE");
            Reply.Prompt first = (Reply.Prompt) assessor.engine().handle(alice, new Command.Start("security", Optional.empty()));
            finds.filters.clear();

            Reply.Prompt again = (Reply.Prompt) assessor.engine().handle(alice, new Command.Start("security", Optional.empty()));

            assertThat(again.run().runId()).isEqualTo(first.run().runId());
            assertThat(finds.filters).hasSize(1);
            assertThat(finds.filters.get(0).keySet()).containsExactly("openKey");
        }
    }
}
