package dev.mlsec.assessor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.run.OptionCounts;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {

    private final TestAssessor assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")));
    private final ConversationEngine engine = assessor.engine();
    private final Respondent alice = new Respondent(Platform.SLACK, "T0001", "U-ALICE");
    private final Respondent bob = new Respondent(Platform.SLACK, "T0001", "U-BOB");

    @AfterEach
    void close() {
        assessor.close();
    }

    private Reply.Prompt start() {
        return (Reply.Prompt) engine.handle(alice, new Command.Start("pipeline", Optional.empty()));
    }

    private Reply answer(Reply.Prompt at, String... options) {
        return engine.handle(alice, new Command.Answer(at.run().runId(), at.question().id(), List.of(options)));
    }

    @Test
    void starting_shows_the_first_question_with_an_anonymity_notice_and_estimated_progress() {
        Reply.Prompt first = start();
        assertThat(first.question().id()).isEqualTo("sources");
        assertThat(first.notice()).isEqualTo(Notice.STARTED);
        assertThat(first.progress().label()).isEqualTo("Question 1 of ~3");
        assertThat(first.canGoBack()).isFalse();
        assertThat(first.sectionTitle()).isEqualTo("Data");
    }

    @Test
    void an_unknown_questionnaire_is_refused_with_the_valid_ids() {
        Reply reply = engine.handle(alice, new Command.Start("nope", Optional.empty()));
        assertThat(reply).isEqualTo(new Reply.Refused(Refusal.UNKNOWN_QUESTIONNAIRE,
                "There is no such questionnaire. Choose one of: pipeline (Pipeline check).", Optional.empty()));
    }

    @Test
    void an_unknown_assessment_code_is_refused_and_nothing_is_stored() {
        String before = assessor.dump();
        Reply reply = engine.handle(alice, new Command.Start("pipeline", Optional.of("ABC-12345")));
        assertThat(((Reply.Refused) reply).reason()).isEqualTo(Refusal.UNKNOWN_ASSESSMENT);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void a_known_assessment_code_is_accepted_in_any_case() {
        String code = assessor.assessments().create(alice.spaceOf(), "fraud model v3").code();
        Reply.Prompt first = (Reply.Prompt) engine.handle(alice,
                new Command.Start("pipeline", Optional.of(" " + code.toLowerCase(java.util.Locale.ROOT) + " ")));
        assertThat(first.run().assessmentCode()).contains(code);
        assertThat(first.run().assessmentName()).contains("fraud model v3");
    }

    @Test
    void another_workspaces_assessment_code_is_refused_like_an_unknown_one_and_nothing_is_stored() {
        Respondent elsewhere = new Respondent(Platform.SLACK, "T0OTHER", "U-EVE");
        String theirs = assessor.assessments().create(elsewhere.spaceOf(), "their model").code();
        String before = assessor.dump();
        Reply reply = engine.handle(alice, new Command.Start("pipeline", Optional.of(theirs)));
        Reply unknown = engine.handle(alice, new Command.Start("pipeline", Optional.of("ABC-12345")));
        assertThat(reply).isEqualTo(unknown);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void answering_moves_to_the_next_question_shown_by_the_branching() {
        Reply.Prompt next = (Reply.Prompt) answer(start(), "customers");
        assertThat(next.question().id()).isEqualTo("customer-count");
        assertThat(next.progress().label()).isEqualTo("Question 2 of ~4");
    }

    @Test
    void a_branch_not_taken_is_not_shown() {
        Reply.Prompt next = (Reply.Prompt) answer(start(), "in-house");
        assertThat(next.question().id()).isEqualTo("output");
        assertThat(next.progress().label()).isEqualTo("Question 2 of 3");
    }

    @Test
    void going_back_shows_the_previous_question_with_its_answer_selected() {
        Reply.Prompt second = (Reply.Prompt) answer(start(), "customers", "web");
        Reply.Prompt back = (Reply.Prompt) engine.handle(alice, new Command.Back(second.run().runId(), "customer-count"));
        assertThat(back.question().id()).isEqualTo("sources");
        assertThat(back.selected()).containsExactly("customers", "web");
        assertThat(back.notice()).isEqualTo(Notice.WENT_BACK);
    }

    @Test
    void changing_an_earlier_answer_drops_answers_on_branches_that_no_longer_apply_and_keeps_the_rest() {
        Reply.Prompt q2 = (Reply.Prompt) answer(start(), "customers");
        Reply.Prompt q3 = (Reply.Prompt) answer(q2, "many");
        Reply.Prompt q4 = (Reply.Prompt) answer(q3, "yes");
        Reply.Prompt q5 = (Reply.Prompt) answer(q4, "label");
        String id = q5.run().runId();
        Reply.Prompt editing = (Reply.Prompt) engine.handle(alice, new Command.Edit(id, "sources"));
        assertThat(editing.notice()).isEqualTo(Notice.EDITING);
        Reply.Prompt after = (Reply.Prompt) answer(editing, "web");
        assertThat(after.question().id()).isEqualTo("notes");
        assertThat(assessor.runs().find(id).orElseThrow().answers().byQuestion())
                .containsOnlyKeys("sources", "output")
                .containsEntry("sources", List.of("web"))
                .containsEntry("output", List.of("label"));
    }

    @Test
    void a_duplicate_delivery_of_an_answer_records_nothing_and_says_where_you_are() {
        Reply.Prompt first = start();
        answer(first, "in-house");
        String before = assessor.dump();
        Reply again = answer(first, "in-house");
        assertThat(again).isInstanceOf(Reply.Prompt.class);
        assertThat(((Reply.Prompt) again).notice()).isEqualTo(Notice.ALREADY_ANSWERED);
        assertThat(((Reply.Prompt) again).question().id()).isEqualTo("output");
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void a_stale_answer_with_a_different_choice_does_not_change_the_earlier_answer() {
        Reply.Prompt first = start();
        answer(first, "in-house");
        Reply stale = answer(first, "web");
        assertThat(((Reply.Prompt) stale).notice()).isEqualTo(Notice.ALREADY_ANSWERED);
        assertThat(assessor.runs().find(first.run().runId()).orElseThrow().answers().chosen("sources"))
                .containsExactly("in-house");
    }

    @Test
    void a_press_on_a_question_that_a_changed_answer_no_longer_shows_stores_nothing() {
        Reply.Prompt count = (Reply.Prompt) answer(start(), "customers");
        engine.handle(alice, new Command.Back(count.run().runId(), "customer-count"));
        Reply.Prompt output = (Reply.Prompt) engine.handle(alice,
                new Command.Answer(count.run().runId(), "sources", List.of("in-house")));
        assertThat(output.question().id()).isEqualTo("output");
        String before = assessor.dump();
        Reply stale = answer(count, "many");
        assertThat(((Reply.Prompt) stale).notice()).isEqualTo(Notice.ALREADY_ANSWERED);
        assertThat(((Reply.Prompt) stale).question().id()).isEqualTo("output");
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void an_answer_to_a_question_further_on_than_the_one_waited_for_stores_nothing() {
        Reply.Prompt first = start();
        String before = assessor.dump();
        Reply ahead = engine.handle(alice, new Command.Answer(first.run().runId(), "output", List.of("label")));
        assertThat(((Reply.Prompt) ahead).notice()).isEqualTo(Notice.ALREADY_ANSWERED);
        assertThat(((Reply.Prompt) ahead).question().id()).isEqualTo("sources");
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void an_answer_on_a_paused_run_resumes_it_and_moves_on() {
        Reply.Prompt first = start();
        engine.handle(alice, new Command.Pause(first.run().runId()));
        Reply.Prompt next = (Reply.Prompt) answer(first, "in-house");
        assertThat(next.question().id()).isEqualTo("output");
        assertThat(assessor.runs().find(first.run().runId()).orElseThrow().state())
                .isEqualTo(dev.mlsec.assessor.core.run.RunState.ACTIVE);
    }

    @Test
    void an_option_the_question_does_not_have_is_refused_and_nothing_is_stored() {
        Reply.Prompt first = start();
        String before = assessor.dump();
        Reply reply = answer(first, "$where");
        assertThat(((Reply.Refused) reply).reason()).isEqualTo(Refusal.INVALID_OPTION);
        assertThat(((Reply.Refused) reply).current()).map(p -> p.question().id()).contains("sources");
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void a_question_id_that_does_not_exist_is_refused_and_nothing_is_stored() {
        Reply.Prompt first = start();
        String before = assessor.dump();
        Reply reply = engine.handle(alice, new Command.Answer(first.run().runId(), "answers.$set", List.of("x")));
        assertThat(((Reply.Refused) reply).reason()).isEqualTo(Refusal.UNKNOWN_QUESTION);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void too_many_options_are_refused_with_the_allowed_range() {
        Reply.Prompt first = start();
        Reply.Prompt output = (Reply.Prompt) answer(first, "in-house");
        Reply reply = answer(output, "label", "top-k");
        assertThat(reply).isEqualTo(new Reply.Refused(Refusal.WRONG_NUMBER_OF_OPTIONS, "Please choose exactly one option.",
                ((Reply.Refused) reply).current()));
    }

    @Test
    void the_same_option_twice_is_refused() {
        Reply reply = answer(start(), "web", "web");
        assertThat(((Reply.Refused) reply).reason()).isEqualTo(Refusal.INVALID_OPTION);
    }

    @Test
    void a_question_that_cannot_be_skipped_says_so_and_points_to_dont_know() {
        Reply.Prompt output = (Reply.Prompt) answer(start(), "in-house");
        Reply reply = engine.handle(alice, new Command.Skip(output.run().runId(), "output"));
        assertThat(reply).isEqualTo(new Reply.Refused(Refusal.NOT_SKIPPABLE,
                "This question can't be skipped; if you are not sure, answer \"Don't know\".", ((Reply.Refused) reply).current()));
    }

    @Test
    void dont_know_chooses_the_questions_dont_know_option() {
        Reply.Prompt output = (Reply.Prompt) answer(start(), "in-house");
        engine.handle(alice, new Command.DontKnow(output.run().runId(), "output"));
        assertThat(assessor.runs().find(output.run().runId()).orElseThrow().answers().chosen("output"))
                .containsExactly("dont-know");
    }

    @Test
    void someone_elses_run_is_answered_exactly_like_a_run_that_does_not_exist() {
        Reply.Prompt first = start();
        String before = assessor.dump();
        Reply byBob = engine.handle(bob, new Command.Answer(first.run().runId(), "sources", List.of("web")));
        Reply unknown = engine.handle(bob, new Command.Answer("AAAAAAAAAAAAAAAAAAAAAA", "sources", List.of("web")));
        assertThat(byBob).isEqualTo(unknown);
        assertThat(((Reply.Refused) byBob).reason()).isEqualTo(Refusal.NO_RUN);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void why_explains_the_question_and_keeps_it_current() {
        Reply.Prompt first = start();
        Reply.Explanation why = (Reply.Explanation) engine.handle(alice, new Command.Why(first.run().runId(), "sources"));
        assertThat(why.why()).isEqualTo("Outside data can be poisoned.");
        assertThat(why.prompt().question().id()).isEqualTo("sources");
    }

    @Test
    void pausing_keeps_the_answers_and_starting_again_resumes_where_it_stopped() {
        Reply.Prompt second = (Reply.Prompt) answer(start(), "in-house");
        Reply.Paused paused = (Reply.Paused) engine.handle(alice, new Command.Pause(second.run().runId()));
        assertThat(paused.progress().answered()).isEqualTo(1);
        Reply.Prompt resumed = start();
        assertThat(resumed.run().runId()).isEqualTo(second.run().runId());
        assertThat(resumed.question().id()).isEqualTo("output");
        assertThat(resumed.notice()).isEqualTo(Notice.RESUMED);
    }

    @Test
    void resume_without_an_open_run_says_how_to_start() {
        Reply reply = engine.handle(alice, new Command.Resume(Optional.empty()));
        assertThat(reply).isEqualTo(new Reply.Refused(Refusal.NO_RUN,
                "You have no unfinished questionnaire to resume. Start one to begin.", Optional.empty()));
    }

    @Test
    void restart_drops_every_answer_and_shows_the_first_question() {
        Reply.Prompt second = (Reply.Prompt) answer(start(), "in-house");
        Reply.Prompt restarted = (Reply.Prompt) engine.handle(alice, new Command.Restart(second.run().runId()));
        assertThat(restarted.question().id()).isEqualTo("sources");
        assertThat(restarted.notice()).isEqualTo(Notice.RESTARTED);
        assertThat(assessor.runs().find(second.run().runId()).orElseThrow().answers().size()).isZero();
    }

    @Test
    void abandoning_deletes_the_run() {
        Reply.Prompt first = start();
        assertThat(engine.handle(alice, new Command.Abandon(first.run().runId()))).isInstanceOf(Reply.Abandoned.class);
        assertThat(assessor.runs().find(first.run().runId())).isEmpty();
    }

    private Reply.Completed complete() {
        Reply.Prompt q = (Reply.Prompt) answer(start(), "customers");
        q = (Reply.Prompt) answer(q, "few");
        q = (Reply.Prompt) answer(q, "scores");
        Reply last = engine.handle(alice, new Command.Skip(q.run().runId(), "notes"));
        return (Reply.Completed) last;
    }

    @Test
    void completing_returns_a_personal_summary_with_ranked_recommendations() {
        Reply.Completed done = complete();
        assertThat(done.summary().answered()).isEqualTo(4);
        assertThat(done.summary().scores().get(dev.mlsec.assessor.questions.Attack.STEALING)).isEqualTo(60);
        assertThat(done.summary().recommendations()).containsExactly(
                "Return labels or rounded scores only.", "Validate customer data before training.");
    }

    @Test
    void completing_removes_the_pseudonym_and_counts_the_answers_once() {
        Reply.Completed done = complete();
        var run = assessor.runs().find(done.run().runId()).orElseThrow();
        assertThat(run.respondentKey()).isEmpty();
        assertThat(run.counted()).isTrue();
        OptionCounts counts = assessor.counters().all().get(0);
        assertThat(counts.completed()).isEqualTo(1);
        assertThat(counts.count("sources", "customers")).isEqualTo(1);
        assertThat(counts.count("output", "scores")).isEqualTo(1);
        assertThat(counts.answered()).doesNotContainKey("notes");
    }

    @Test
    void a_completed_run_refuses_further_answers() {
        Reply.Completed done = complete();
        Reply reply = engine.handle(alice, new Command.Answer(done.run().runId(), "output", List.of("label")));
        assertThat(((Reply.Refused) reply).reason()).isEqualTo(Refusal.RUN_FINISHED);
    }

    @Test
    void two_devices_answering_the_same_question_at_once_record_exactly_one_answer() throws Exception {
        Reply.Prompt first = start();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Reply.Prompt at = (Reply.Prompt) engine.handle(alice, new Command.Restart(first.run().runId()));
                CountDownLatch go = new CountDownLatch(1);
                Future<Reply> a = pool.submit(() -> {
                    go.await();
                    return answer(at, "web");
                });
                Future<Reply> b = pool.submit(() -> {
                    go.await();
                    return answer(at, "in-house");
                });
                go.countDown();
                List<Reply> replies = List.of(a.get(), b.get());
                long told = replies.stream().filter(r -> r instanceof Reply.Prompt p && p.notice() == Notice.ALREADY_ANSWERED).count();
                assertThat(told).as("exactly one device is told the question was already answered").isEqualTo(1);
                assertThat(assessor.runs().find(at.run().runId()).orElseThrow().answers().chosen("sources"))
                        .hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_new_engine_over_the_same_store_continues_a_run_after_a_restart() {
        Reply.Prompt second = (Reply.Prompt) answer(start(), "in-house");
        ConversationEngine restarted = new ConversationEngine(assessor.questionnaires(), assessor.runs(), assessor.counters(),
                assessor.assessments(), new dev.mlsec.assessor.core.identity.Pseudonymizer(assessor.secret()),
                new NoisyOrSummary(), EngineListener.NONE, Throttle.NONE, java.time.Clock.systemUTC());
        Reply next = restarted.handle(alice, new Command.Answer(second.run().runId(), "output", List.of("label")));
        assertThat(((Reply.Prompt) next).question().id()).isEqualTo("notes");
    }

    @Test
    void a_throttled_respondent_is_told_to_wait_and_nothing_is_stored() {
        ConversationEngine throttled = new ConversationEngine(assessor.questionnaires(), assessor.runs(), assessor.counters(),
                assessor.assessments(), new dev.mlsec.assessor.core.identity.Pseudonymizer(assessor.secret()),
                new NoisyOrSummary(), EngineListener.NONE, (r, s) -> false, java.time.Clock.systemUTC());
        String before = assessor.dump();
        Reply reply = throttled.handle(alice, new Command.Start("pipeline", Optional.empty()));
        assertThat(((Reply.Refused) reply).reason()).isEqualTo(Refusal.RATE_LIMITED);
        assertThat(assessor.dump()).isEqualTo(before);
    }
}
