package dev.mlsec.assessor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cost model BENCHMARKS.md explains: an answer step is one read and one guarded write, nothing more. */
class StepRoundTripsTest {

    @Test
    void an_answer_step_is_one_read_and_one_guarded_write() {
        List<String> commands = Collections.synchronizedList(new ArrayList<>());
        CommandListener listener = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.add(event.getCommandName());
            }
        };
        try (TestAssessor assessor = TestAssessor.withCommandListener(List.of(TestAssessor.testQuestionnaire("pipeline")), listener)) {
            Respondent alice = new Respondent(Platform.SLACK, "T1", "U1");
            Reply.Prompt first = (Reply.Prompt) assessor.engine().handle(alice, new Command.Start("pipeline", Optional.empty()));
            commands.clear();
            assessor.engine().handle(alice, new Command.Answer(first.session().sessionId(), "sources", List.of("in-house")));
            assertThat(commands).containsExactly("find", "update");
        }
    }
}
