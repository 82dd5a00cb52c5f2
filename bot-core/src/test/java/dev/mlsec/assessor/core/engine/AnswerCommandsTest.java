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
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cost model BENCHMARKS.md explains, counted in commands the driver sends: an answer to the
 * question a run waits for is one conditional findAndModify and nothing else; only a press whose
 * guard fails is followed by a read.
 */
class AnswerCommandsTest {

    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final List<BsonDocument> sent = Collections.synchronizedList(new ArrayList<>());
    private final TestAssessor assessor = TestAssessor.withCommandListener(List.of(TestAssessor.testQuestionnaire("pipeline")),
            new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(event.getCommandName());
                    sent.add(event.getCommand().clone());
                }
            });
    private final Respondent alice = new Respondent(Platform.SLACK, "T1", "U1");

    @AfterEach
    void close() {
        assessor.close();
    }

    private Reply.Prompt start() {
        return (Reply.Prompt) assessor.engine().handle(alice, new Command.Start("pipeline", Optional.empty()));
    }

    @Test
    void an_answer_to_the_question_the_run_waits_for_is_a_single_command() {
        Reply.Prompt first = start();
        commands.clear();
        Reply next = assessor.engine().handle(alice, new Command.Answer(first.run().runId(), "sources", List.of("in-house")));
        assertThat(commands).containsExactly("findAndModify");
        assertThat(((Reply.Prompt) next).question().id()).isEqualTo("output");
    }

    @Test
    void the_answers_filter_names_the_run_at_its_top_level_where_the_id_index_answers_it() {
        Reply.Prompt first = start();
        sent.clear();
        assessor.engine().handle(alice, new Command.Answer(first.run().runId(), "sources", List.of("in-house")));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getDocument("query").getString("_id").getValue()).isEqualTo(first.run().runId());
    }

    @Test
    void dont_know_on_the_question_the_run_waits_for_is_a_single_command() {
        Reply.Prompt output = (Reply.Prompt) assessor.engine().handle(alice,
                new Command.Answer(start().run().runId(), "sources", List.of("in-house")));
        commands.clear();
        Reply next = assessor.engine().handle(alice, new Command.DontKnow(output.run().runId(), "output"));
        assertThat(commands).containsExactly("findAndModify");
        assertThat(((Reply.Prompt) next).question().id()).isEqualTo("notes");
    }

    @Test
    void a_repeated_press_is_one_guarded_command_that_fails_then_one_read_and_no_write() {
        Reply.Prompt first = start();
        assessor.engine().handle(alice, new Command.Answer(first.run().runId(), "sources", List.of("in-house")));
        commands.clear();
        assessor.engine().handle(alice, new Command.Answer(first.run().runId(), "sources", List.of("in-house")));
        assertThat(commands).containsExactly("findAndModify", "find");
    }
}
