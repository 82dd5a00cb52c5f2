package dev.mlsec.assessor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.run.Run;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.QuestionnaireFlow;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever path a respondent takes through a questionnaire (any choices, "don't know", skips, going
 * back, changing earlier answers), every step shows and stores what the questionnaire's flow says,
 * whether the answer was taken in one conditional write or after reading the run; and on a first
 * pass, every answer but the last is that one write.
 */
class AnswerPathProperties {

    private static final List<String> COMMANDS = Collections.synchronizedList(new ArrayList<>());
    private static TestAssessor assessor;
    private static List<Questionnaire> questionnaires;

    @BeforeContainer
    static void start() {
        questionnaires = new ArrayList<>(QuestionnaireLoader.loadBundled());
        questionnaires.add(TestAssessor.testQuestionnaire("pipeline"));
        assessor = TestAssessor.withCommandListener(questionnaires, new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                COMMANDS.add(event.getCommandName());
            }
        });
    }

    @AfterContainer
    static void stop() {
        assessor.close();
    }

    @Property(tries = 50)
    void every_step_shows_and_stores_what_the_flow_says(@ForAll long seed) {
        Random random = new Random(seed);
        Questionnaire questionnaire = questionnaires.get(random.nextInt(questionnaires.size()));
        QuestionnaireFlow flow = new QuestionnaireFlow(questionnaire);
        Respondent who = new Respondent(Platform.SLACK, "T-PATH", "U" + seed);
        Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire.id(), Optional.empty()));
        String runId = ((Reply.Prompt) reply).run().runId();
        Answers expected = Answers.none();
        boolean firstPass = true;
        for (int step = 0; step < 200 && reply instanceof Reply.Prompt prompt; step++) {
            Question question = prompt.question();
            int roll = random.nextInt(10);
            Command command;
            if (roll == 0 && prompt.canGoBack()) {
                command = new Command.Back(runId, question.id());
                firstPass = false;
            } else if (roll == 1 && expected.size() > 0) {
                List<String> answered = new ArrayList<>(expected.byQuestion().keySet());
                command = new Command.Edit(runId, answered.get(random.nextInt(answered.size())));
                firstPass = false;
            } else {
                command = answer(runId, question, random);
            }
            boolean answering = !(command instanceof Command.Back || command instanceof Command.Edit);
            Answers after = answering ? flow.prune(expected.with(question.id(), chosen(question, command))) : expected;
            COMMANDS.clear();
            reply = assessor.engine().handle(who, command);
            if (answering) {
                expected = after;
                Optional<Question> next = flow.next(expected);
                if (next.isEmpty()) {
                    assertThat(reply).isInstanceOf(Reply.Completed.class);
                } else {
                    assertThat(((Reply.Prompt) reply).question().id()).isEqualTo(next.get().id());
                    if (firstPass) {
                        assertThat(COMMANDS).as("an answer on the first pass: %s in %s", command, questionnaire.id()).containsExactly("findAndModify");
                    }
                }
            }
            Run stored = assessor.runs().find(runId).orElseThrow();
            assertThat(stored.answers()).isEqualTo(expected);
        }
    }

    private static Command answer(String runId, Question question, Random random) {
        if (question.skippable() && random.nextInt(4) == 0) {
            return new Command.Skip(runId, question.id());
        }
        if (question.dontKnowOption().isPresent() && random.nextInt(4) == 0) {
            return new Command.DontKnow(runId, question.id());
        }
        List<Option> exclusive = question.options().stream().filter(o -> o.exclusive() && !o.dontKnow()).toList();
        if (!exclusive.isEmpty() && random.nextInt(6) == 0) {
            return new Command.Answer(runId, question.id(), List.of(exclusive.get(random.nextInt(exclusive.size())).id()));
        }
        List<Option> options = new ArrayList<>(question.options().stream().filter(o -> !o.exclusive() && !o.dontKnow()).toList());
        Collections.shuffle(options, random);
        int min = Math.max(1, question.kind().minSelections());
        int max = Math.min(options.size(), question.kind().maxSelections());
        int n = min + random.nextInt(max - min + 1);
        return new Command.Answer(runId, question.id(), options.subList(0, n).stream().map(Option::id).toList());
    }

    private static List<String> chosen(Question question, Command command) {
        if (command instanceof Command.Answer a) {
            return a.optionIds();
        }
        if (command instanceof Command.DontKnow) {
            return List.of(question.dontKnowOption().orElseThrow().id());
        }
        return List.of();
    }
}
