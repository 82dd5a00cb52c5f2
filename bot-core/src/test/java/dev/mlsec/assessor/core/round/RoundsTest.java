package dev.mlsec.assessor.core.round;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Refusal;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.ReportBundle;
import dev.mlsec.assessor.core.lead.RootMessages;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.report.JsonReport;
import dev.mlsec.assessor.core.testing.OneLead;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RoundsTest {

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final Respondent lead = new Respondent(Platform.SLACK, "T-ACME", "U-LEAD");
    private final Respondent member = new Respondent(Platform.SLACK, "T-ACME", "U-MEMBER");
    private final Respondent otherLead = new Respondent(Platform.SLACK, "T-OTHER", "U-LEAD");
    private final List<String> posted = new ArrayList<>();
    private final LeadDesk desk = assessor.desk().with(new OneLead("U-LEAD"));

    RoundsTest() {
        assessor.roots().attach(Platform.SLACK, new RootMessages() {
            @Override
            public void statusChanged(RootLocation where, RootView view) {
            }

            @Override
            public void roundOpened(RootLocation previous, RootView next, String note, Consumer<RootLocation> placed) {
                posted.add(previous.where() + " <- " + next.code() + " | " + note);
                placed.accept(new RootLocation(Platform.SLACK, "C1|2.0|2.0"));
            }
        });
    }

    @AfterEach
    void close() {
        assessor.close();
    }

    private String create(String name) {
        String code = ((LeadAnswer.Created) desk.handle(lead, new LeadRequest.New(name))).root().code();
        desk.placeRoot(lead, code, new RootLocation(Platform.SLACK, "C1|1.0|1.0"));
        return code;
    }

    /** Every questionnaire answered once, each question with its option at {@code pick} (clamped to the last). */
    private void completeAll(String code, int pick) {
        completeAll(code, pick, pick);
    }

    /** As above, the security questionnaire with its own pick. */
    private void completeAll(String code, int pick, int securityPick) {
        for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
            int chosenAt = questionnaire.equals("security") ? securityPick : pick;
            Respondent who = new Respondent(Platform.SLACK, "T-ACME", "U-" + questionnaire + "-" + chosenAt);
            Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(code)));
            while (reply instanceof Reply.Prompt p) {
                var options = p.question().options().stream().filter(o -> !o.exclusive()).toList();
                var chosen = options.isEmpty() ? p.question().options().get(0) : options.get(Math.min(chosenAt, options.size() - 1));
                reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(), List.of(chosen.id())));
            }
        }
    }

    private String nextRound(String code) {
        return ((LeadAnswer.RoundOpened) desk.handle(lead, new LeadRequest.NextRound(code))).root().code();
    }

    @Test
    void the_next_round_has_a_new_code_of_the_same_system_posted_where_the_last_one_is() {
        String first = create("fraud model");
        LeadAnswer.RoundOpened opened = (LeadAnswer.RoundOpened) desk.handle(lead, new LeadRequest.NextRound(first));
        String second = opened.root().code();
        assertThat(second).isNotEqualTo(first);
        assertThat(opened.postHere()).isFalse();
        assertThat(opened.message()).startsWith("Round 2 of `" + first + "` is open with code `" + second + "`.");
        assertThat(posted).containsExactly("C1|1.0|1.0 <- " + second + " | Round 2 of this assessment is open, with code `"
                + second + "`; its message is posted below. This round's answers and report are kept as they are.");
        assertThat(assessor.assessments().root(second)).contains(new RootLocation(Platform.SLACK, "C1|2.0|2.0"));
        Rounds rounds = new Rounds(assessor.rounds());
        assertThat(rounds.of(second)).isEqualTo(new Round(second, first, 2, Optional.of(first), Optional.empty()));
        assertThat(desk.handle(lead, new LeadRequest.Status(first))).isInstanceOf(LeadAnswer.StatusShown.class);
    }

    @Test
    void the_operator_opens_the_next_round_in_the_workspace_of_the_one_before() {
        String first = create("fraud model");
        Space console = new Space(Platform.CONSOLE, "console");
        String second = ((LeadAnswer.RoundOpened) assessor.desk().handleForOperator(console, new LeadRequest.NextRound(first)))
                .root().code();
        assertThat(assessor.assessments().find(lead.spaceOf(), second)).isPresent();
        assertThat(assessor.assessments().find(console, second)).isEmpty();
    }

    @Test
    void the_round_after_an_earlier_code_follows_the_current_round() {
        String first = create("fraud model");
        String second = nextRound(first);
        String third = nextRound(first);
        Round round = new Rounds(assessor.rounds()).of(third);
        assertThat(round.number()).isEqualTo(3);
        assertThat(round.previous()).contains(second);
    }

    @Test
    void a_second_rounds_report_compares_each_attack_with_the_first_and_carries_it_in_json() throws IOException {
        String first = create("fraud model");
        completeAll(first, 1, 9);
        String second = nextRound(first);
        completeAll(second, 1, 0);
        ReportBundle bundle = ((LeadAnswer.Reported) desk.handle(lead, new LeadRequest.Report(second, false))).bundle();
        JsonNode round = JsonMapper.builder().build().readTree(JsonReport.render(bundle.report())).get("round");
        assertThat(round.get("previous").get("code").asString()).isEqualTo(first);
        assertGolden("second-round", round.toPrettyString().replace(first, "FIRST").replace(second, "SECOND"));
        assertThat(bundle.file(ReportBundle.acrossRoundsFile(second))).isPresent();
        assertThat(bundle.scores()).allMatch(line -> line.contains("since round 1"));
        assertThat(bundle.sinceRound()).first().isEqualTo("Round 2 of this system, after round 1 (" + first + ").");
        assertThat(bundle.sinceRound().get(1)).startsWith("Resolved since round 1 (their control is now in place): 9: ");
        assertThat(bundle.sinceRound().get(2)).startsWith("New since round 1: 1: ");
        assertThat(bundle.html().orElseThrow()).contains("Since the previous round", "Resolved since round 1");
        String out = System.getProperty("rounds.preview");
        if (out != null) {
            for (var file : bundle.files()) {
                Files.write(Path.of(out, file.filename()), file.bytes());
            }
        }
    }

    @Test
    void a_closed_round_refuses_an_old_button_and_a_start_pointing_at_the_current_round_and_changes_nothing() {
        String first = create("fraud model");
        Respondent who = new Respondent(Platform.SLACK, "T-ACME", "U-SLOW");
        Reply.Prompt open = (Reply.Prompt) assessor.engine().handle(who, new Command.Start("security", Optional.of(first)));
        String second = nextRound(first);
        assertThat(desk.handle(lead, new LeadRequest.Close(first))).isInstanceOf(LeadAnswer.RoundClosed.class);
        String before = assessor.dump();

        Reply pressed = assessor.engine().handle(who, new Command.Answer(open.run().runId(), open.question().id(),
                List.of(open.question().options().get(0).id())));
        Reply started = assessor.engine().handle(member, new Command.Start("risk-impact", Optional.of(first)));

        assertThat(pressed).isInstanceOfSatisfying(Reply.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(Refusal.ROUND_CLOSED);
            assertThat(r.message()).contains("The current round is " + second);
        });
        assertThat(started).isInstanceOfSatisfying(Reply.Refused.class, r -> assertThat(r.reason()).isEqualTo(Refusal.ROUND_CLOSED));
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void a_closed_rounds_report_is_frozen() {
        String first = create("fraud model");
        completeAll(first, 0);
        desk.handle(lead, new LeadRequest.Close(first));
        String frozen = JsonReport.render(assessor.desk().handle(lead, new LeadRequest.Report(first, false)) instanceof LeadAnswer.Reported r
                ? r.bundle().report() : null);
        assertThat(frozen).contains("\"closedOn\"");
        assertThat(assessor.engine().handle(member, new Command.Start("security", Optional.of(first))))
                .isInstanceOf(Reply.Refused.class);
        String again = JsonReport.render(((LeadAnswer.Reported) desk.handle(lead, new LeadRequest.Report(first, false))).bundle().report());
        assertThat(again).isEqualTo(frozen);
    }

    @Test
    void closing_a_closed_round_says_so_and_changes_nothing() {
        String first = create("fraud model");
        desk.handle(lead, new LeadRequest.Close(first));
        String before = assessor.dump();
        LeadAnswer again = desk.handle(lead, new LeadRequest.Close(first));
        assertThat(again).isInstanceOfSatisfying(LeadAnswer.Refused.class,
                r -> assertThat(r.message()).startsWith("Round 1 (`" + first + "`) was closed already, on "));
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void a_member_can_neither_open_nor_close_a_round_and_nothing_changes() {
        String first = create("fraud model");
        String before = assessor.dump();
        assertThat(desk.handle(member, new LeadRequest.NextRound(first))).isInstanceOf(LeadAnswer.NotPermitted.class);
        assertThat(desk.handle(member, new LeadRequest.Close(first))).isInstanceOf(LeadAnswer.NotPermitted.class);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void another_workspaces_code_is_answered_like_an_unknown_one_and_nothing_changes() {
        String first = create("fraud model");
        String before = assessor.dump();
        LeadAnswer foreign = desk.handle(otherLead, new LeadRequest.NextRound(first));
        LeadAnswer unknown = desk.handle(otherLead, new LeadRequest.Close("ZZZ-NOSUCH"));
        assertThat(foreign).isInstanceOf(LeadAnswer.UnknownCode.class);
        assertThat(((LeadAnswer.UnknownCode) foreign).withoutEcho()).isEqualTo(((LeadAnswer.UnknownCode) unknown).withoutEcho());
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void rounds_answered_under_different_questionnaire_versions_are_compared_where_the_model_scores_both_and_say_so() {
        String first = create("fraud model");
        completeAll(first, 1);
        var picture = assessor.reports().report(assessor.assessments().findAnywhere(first).orElseThrow()).picture().orElseThrow();
        var comparison = dev.mlsec.assessor.core.report.RoundComparison.between(first, 1, picture,
                java.util.Set.of("security 1.0.0"), picture, java.util.Set.of("security 2.0.0"));
        assertThat(comparison.attacks()).hasSize(4);
        assertThat(comparison.caveat()).contains("Round 1 was answered under questionnaire versions security 1.0.0 and this "
                + "round under security 2.0.0; both are scored by risk model " + picture.model()
                + " by matching question and option ids, and compared only where it scores both.");
    }

    @Test
    void trends_show_the_band_spread_and_its_quarter_as_charts_beside_the_text_once_k_systems_are_scored() throws IOException {
        for (int pick = 0; pick < 3; pick++) {
            String code = create("system " + pick);
            completeAll(code, pick * 4);
        }
        LeadAnswer.TrendsShown trends = (LeadAnswer.TrendsShown) desk.handle(lead, new LeadRequest.Trends());
        assertThat(trends.markdown()).contains("## Residual-risk bands quarter by quarter", "| quarter | systems |");
        assertThat(trends.files()).extracting(f -> f.filename())
                .containsExactly("trends-band-spread.png", "trends-by-quarter.png");
        String out = System.getProperty("rounds.preview");
        if (out != null) {
            for (var file : trends.files()) {
                Files.write(Path.of(out, file.filename()), file.bytes());
            }
        }
    }

    @Test
    void trends_from_fewer_than_k_systems_carry_no_chart() {
        completeAll(create("alone"), 0);
        LeadAnswer.TrendsShown trends = (LeadAnswer.TrendsShown) desk.handle(lead, new LeadRequest.Trends());
        assertThat(trends.files()).isEmpty();
        assertThat(trends.markdown()).contains("2 more scored systems are needed before this is shown");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden/" + name + ".json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual + "\n").isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
