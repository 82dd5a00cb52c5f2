package dev.mlsec.assessor.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.run.OptionCounts;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Many respondents answering at once, each on two devices that deliver every answer twice: afterwards
 * every run holds exactly the answers a sequential run would have, and the counters equal a recount.
 */
class AnswerStormTest {

    private static final int RESPONDENTS = 24;

    /** Each respondent's deterministic choice: option index by question position and respondent. */
    private static String choose(Question q, int respondent) {
        return q.options().get((respondent + q.id().length()) % q.options().size()).id();
    }

    @Test
    void concurrent_and_duplicated_answers_store_what_a_sequential_run_would_and_count_once() throws Exception {
        Questionnaire q = TestAssessor.testQuestionnaire("pipeline");
        try (TestAssessor assessor = TestAssessor.with(List.of(q))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            ExecutorService secondDevices = Executors.newFixedThreadPool(8);
            List<Future<Answers>> expected = new ArrayList<>();
            for (int r = 0; r < RESPONDENTS; r++) {
                int respondent = r;
                expected.add(pool.submit(() -> answerTwiceFromTwoDevices(assessor, secondDevices, q, respondent)));
            }
            Map<String, Map<String, Long>> recount = new HashMap<>();
            for (Future<Answers> f : expected) {
                Answers answers = f.get(60, TimeUnit.SECONDS);
                answers.byQuestion().forEach((question, options) -> options.forEach(o ->
                        recount.computeIfAbsent(question, x -> new HashMap<>()).merge(o, 1L, Long::sum)));
            }
            pool.shutdown();
            secondDevices.shutdown();
            List<Document> runs = assessor.mongo().getCollection("sessions").find().into(new ArrayList<>());
            assertThat(runs).hasSize(RESPONDENTS).allSatisfy(d -> assertThat(d.getString("state")).isEqualTo("COMPLETED"));
            OptionCounts counts = assessor.counters().all().get(0);
            assertThat(counts.completed()).isEqualTo(RESPONDENTS);
            assertThat(counts.chosen()).isEqualTo(recount);
        }
    }

    /** Returns the answers a sequential run by this respondent stores. */
    private static Answers answerTwiceFromTwoDevices(TestAssessor assessor, ExecutorService pool, Questionnaire q, int respondent)
            throws Exception {
        Respondent who = new Respondent(Platform.DISCORD, "G1", "user-" + respondent);
        Reply reply = assessor.engine().handle(who, new Command.Start(q.id(), Optional.empty()));
        Answers sequential = Answers.none();
        while (reply instanceof Reply.Prompt p) {
            Question question = p.question();
            List<String> choice = List.of(choose(question, respondent));
            Command.Answer answer = new Command.Answer(p.run().runId(), question.id(), choice);
            Future<Reply> otherDevice = pool.submit(() -> assessor.engine().handle(who, answer));
            Reply mine = assessor.engine().handle(who, answer);
            Reply theirs = otherDevice.get(30, TimeUnit.SECONDS);
            sequential = sequential.with(question.id(), choice);
            if (mine instanceof Reply.Completed || theirs instanceof Reply.Completed) {
                break;
            }
            reply = assessor.engine().handle(who, new Command.Show(p.run().runId()));
        }
        return new dev.mlsec.assessor.questions.QuestionnaireFlow(q).prune(sequential);
    }
}
