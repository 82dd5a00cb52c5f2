package dev.mlsec.assessor.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.testing.OneLead;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundSchedulesTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final TestAssessor assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")), clock);
    private final Respondent lead = new Respondent(Platform.SLACK, "T-ACME", "U-LEAD");
    private final Respondent member = new Respondent(Platform.SLACK, "T-ACME", "U-MEMBER");
    private final Respondent otherLead = new Respondent(Platform.SLACK, "T-OTHER", "U-LEAD");
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final LeadDesk desk = assessor.desk().with(new OneLead("U-LEAD"));

    RoundSchedulesTest() {
        assessor.roots().attach(Platform.SLACK, new RootMessages() {
            @Override
            public void statusChanged(RootLocation where, RootView view) {
            }

            @Override
            public void roundOpened(RootLocation previous, RootView next, String note, Consumer<RootLocation> placed) {
                posted.add(previous.where() + " <- " + next.code() + " | " + note);
                placed.accept(new RootLocation(Platform.SLACK, "C1|" + posted.size() + ".5|0"));
            }
        });
    }

    @AfterEach
    void close() {
        assessor.close();
    }

    private String create() {
        String code = ((LeadAnswer.Created) desk.handle(lead, new LeadRequest.New("Fraud model"))).root().code();
        desk.placeRoot(lead, code, new RootLocation(Platform.SLACK, "C1|1.0|0"));
        return code;
    }

    private LeadAnswer schedule(Respondent who, String code, String cadence) {
        return desk.handle(who, new LeadRequest.Schedule(code, cadence));
    }

    private String status(String code) {
        return ((LeadAnswer.StatusShown) desk.handle(lead, new LeadRequest.Status(code))).text();
    }

    @Test
    void a_scheduled_round_opens_at_its_due_time_where_the_last_one_is_and_says_so_in_the_old_thread() {
        String first = create();
        assertThat(((LeadAnswer.Scheduled) schedule(lead, first, "every 90d")).message()).isEqualTo("Round 2 of `" + first
                + "` opens by itself on 2027-03-01, posted where this round's message is, and then every 90 days from each "
                + "new round. Say `off` to stop.");
        assertThat(status(first)).endsWith("\nNext round due on 2027-03-01 (opened on schedule).");

        clock.advance(Duration.ofDays(90).minusMinutes(1));
        assertThat(assessor.roundSchedules().openDue()).isZero();
        assertThat(posted).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        assertThat(assessor.roundSchedules().openDue()).isEqualTo(1);
        assertThat(posted).hasSize(1);
        String second = posted.get(0).substring(posted.get(0).indexOf("<- ") + 3, posted.get(0).indexOf(" |"));
        assertThat(posted.get(0)).isEqualTo("C1|1.0|0 <- " + second + " | Round 2 of this assessment was opened on schedule, "
                + "with code `" + second + "`; its message is posted below. This round's answers and report are kept as they are.");
        assertThat(assessor.assessments().root(second)).isPresent();
        // the following round is scheduled from the new one, and the old round's status no longer promises one
        assertThat(status(second)).endsWith("\nNext round due on 2027-05-30 (opened on schedule).");
        assertThat(status(first)).doesNotContain("Next round");
        assertThat(assessor.roundSchedules().openDue()).isZero();
    }

    @Test
    void a_round_opened_by_hand_carries_the_schedule_on_so_no_round_is_followed_twice() {
        String first = create();
        schedule(lead, first, "every 30d");
        clock.advance(Duration.ofDays(10));
        String second = ((LeadAnswer.RoundOpened) desk.handle(lead, new LeadRequest.NextRound(first))).root().code();
        assertThat(status(second)).endsWith("Next round due on 2027-01-10 (opened on schedule).");

        clock.advance(Duration.ofDays(20));
        assertThat(assessor.roundSchedules().openDue()).isZero();
        assertThat(posted).hasSize(1);
        clock.advance(Duration.ofDays(10));
        assertThat(assessor.roundSchedules().openDue()).isEqualTo(1);
        assertThat(posted).hasSize(2).last().asString().startsWith("C1|1.5|0 <- ").contains("Round 3 of this assessment was opened on schedule");
    }

    @Test
    void the_report_of_a_scheduled_round_says_when_the_next_one_is_due() {
        String first = create();
        schedule(lead, first, "every 90d");
        assertThat(((LeadAnswer.Reported) desk.handle(lead, new LeadRequest.Report(first, false))).bundle().sinceRound())
                .containsExactly("Next round due on 2027-03-01 (opened on schedule).");
    }

    @Test
    void off_stops_the_schedule_and_no_round_opens() {
        String first = create();
        schedule(lead, first, "every 2w");
        assertThat(((LeadAnswer.Scheduled) schedule(lead, first, "off")).message())
                .isEqualTo("Scheduled rounds of `" + first + "` are off; open the next round by hand when you want one.");
        clock.advance(Duration.ofDays(400));
        assertThat(assessor.roundSchedules().openDue()).isZero();
        assertThat(posted).isEmpty();
        assertThat(status(first)).doesNotContain("Next round");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "lead   | every 0d    | An interval must be at least 7 days here, e.g. `every 7d`.",
            "lead   | every 6d    | An interval must be at least 7 days here, e.g. `every 7d`.",
            "lead   | every 10000d| An interval may be at most 730 days here.",
            "lead   | every 105w  | An interval may be at most 730 days here.",
            "lead   | every 90    | A number alone is not an interval: add its unit, e.g. `every 90d` for days.",
            "lead   | every 3m    | Intervals are counted in days (`d`) or weeks (`w`), e.g. `every 3d`.",
            "lead   | quarterly   | I did not understand that: say how often as `every 3d` (days) or `every 2w` (weeks), or `off`.",
            "member | every 90d   | Only leads can do that: <@U-LEAD>.",
            "member | off         | Only leads can do that: <@U-LEAD>.",
    })
    void bad_input_gets_one_sentence_and_changes_nothing(String who, String cadence, String sentence) {
        String first = create();
        schedule(lead, first, "every 90d");
        String before = assessor.dump();
        LeadAnswer answer = schedule(who.equals("lead") ? lead : member, first, cadence);
        assertThat(answer instanceof LeadAnswer.Refused r ? r.message() : ((LeadAnswer.NotPermitted) answer).message())
                .isEqualTo(sentence);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void a_closed_round_an_earlier_round_and_another_workspace_s_code_are_refused_and_change_nothing() {
        String first = create();
        String second = ((LeadAnswer.RoundOpened) desk.handle(lead, new LeadRequest.NextRound(first))).root().code();
        String third = ((LeadAnswer.RoundOpened) desk.handle(lead, new LeadRequest.NextRound(second))).root().code();
        desk.handle(lead, new LeadRequest.Close(first));
        String before = assessor.dump();

        assertThat(((LeadAnswer.Refused) schedule(lead, first, "every 90d")).message()).isEqualTo(RoundSchedules.CLOSED);
        assertThat(((LeadAnswer.Refused) schedule(lead, second, "every 90d")).message())
                .isEqualTo("That is not the system's latest round; schedule its current round, `" + third + "`, instead.");
        LeadAnswer foreign = schedule(otherLead, third, "every 90d");
        LeadAnswer unknown = schedule(otherLead, "ZZZ-2222Q", "every 90d");
        assertThat(foreign).isInstanceOf(LeadAnswer.UnknownCode.class);
        assertThat(((LeadAnswer.UnknownCode) foreign).withoutEcho()).isEqualTo(((LeadAnswer.UnknownCode) unknown).withoutEcho());
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void a_schedule_stores_only_the_system_s_code_the_round_it_follows_and_the_interval() {
        String first = create();
        schedule(lead, first, "every 90d");
        assertThat(assessor.dump()).contains("{\"_id\": \"round-schedule:" + first + "\", \"kind\": \"round-schedule\", \"due\": "
                + "{\"$date\": \"2027-03-01T09:00:00Z\"}, \"data\": {");
        assertThat(assessor.dueItems().find("round-schedule:" + first).orElseThrow().data())
                .containsOnlyKeys("days", "after").containsEntry("after", first).containsEntry("days", "90");
    }
}
