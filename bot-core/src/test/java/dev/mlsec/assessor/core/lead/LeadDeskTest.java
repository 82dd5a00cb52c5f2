package dev.mlsec.assessor.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LeadDeskTest {

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final Respondent lead = new Respondent(Platform.SLACK, "T-ACME", "U-LEAD");
    private final Respondent member = new Respondent(Platform.SLACK, "T-ACME", "U-MEMBER");
    private final Respondent otherLead = new Respondent(Platform.SLACK, "T-OTHER", "U-LEAD");
    private final LeadDesk desk = assessor.desk().with(new Leads() {
        @Override
        public Standing standing(Respondent person) {
            if (person.space().startsWith("dm:")) {
                return Standing.OUTSIDE_A_SPACE;
            }
            return person.user().equals("U-LEAD") ? Standing.LEAD : Standing.NOT_A_LEAD;
        }

        @Override
        public List<String> named(Space space) {
            return List.of("<@U-LEAD>");
        }
    });

    @AfterEach
    void close() {
        assessor.close();
    }

    private String create(String name) {
        LeadAnswer.Created created = (LeadAnswer.Created) desk.handle(lead, new LeadRequest.New(name));
        return created.root().code();
    }

    private void completeAll(String code) {
        for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
            Respondent who = new Respondent(Platform.SLACK, "T-ACME", "U-" + questionnaire);
            Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(code)));
            while (reply instanceof Reply.Prompt p) {
                reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                        List.of(p.question().options().get(0).id())));
            }
        }
    }

    @Test
    void a_member_who_is_not_a_lead_is_told_who_the_leads_are_and_nothing_is_created() {
        String before = assessor.dump();
        LeadAnswer answer = desk.handle(member, new LeadRequest.New("fraud model"));
        assertThat(answer).isEqualTo(new LeadAnswer.NotPermitted("Only leads can do that: <@U-LEAD>."));
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void someone_outside_a_workspace_or_server_is_told_where_assessments_live() {
        LeadAnswer answer = desk.handle(new Respondent(Platform.DISCORD, "dm:42", "42"), new LeadRequest.Trends());
        assertThat(answer).isEqualTo(new LeadAnswer.NotPermitted(LeadDesk.OUTSIDE_A_SPACE));
    }

    @Test
    void a_lead_creates_an_assessment_and_gets_its_root_message_with_the_progress_line() {
        LeadAnswer.Created created = (LeadAnswer.Created) desk.handle(lead, new LeadRequest.New("fraud model"));
        assertThat(created.root().title(name -> "«" + name + "»")).isEqualTo("ML security assessment: «fraud model»");
        assertThat(created.root().questionnaires()).extracting(RootView.Entry::questionnaireId)
                .containsExactly("risk-impact", "attack-surface", "security");
        assertThat(created.root().progress()).isEqualTo(
                "Completed so far: Risk and impact assessment 0 · Attack surface and vulnerabilities 0 · Security of your ML system 0");
    }

    @Test
    void a_name_that_cannot_be_stored_is_refused_before_anything_is_shown() {
        assertThat(desk.refusal(lead, new LeadRequest.New("  "))).contains((LeadAnswer) 
                new LeadAnswer.Refused("Give the ML system a name, e.g. \"fraud model v3\"."));
    }

    @Test
    void another_space_s_code_is_answered_exactly_like_an_unknown_one() {
        String code = create("fraud model");
        LeadAnswer fromElsewhere = desk.handle(otherLead, new LeadRequest.Status(code));
        assertThat(fromElsewhere).isEqualTo(new LeadAnswer.UnknownCode(code, "workspace"));
        assertThat(desk.handle(lead, new LeadRequest.Status("ZZZ-00000"))).isEqualTo(new LeadAnswer.UnknownCode("ZZZ-00000", "workspace"));
        assertThat(((LeadAnswer.UnknownCode) fromElsewhere).message(typed -> typed))
                .isEqualTo("I know no assessment `" + code + "` in this workspace. Check the code in the assessment's root message.");
    }

    @Test
    void a_scored_report_comes_with_the_two_charts_and_the_html_report_named_by_the_code() {
        String code = create("fraud model");
        completeAll(code);
        LeadAnswer.Reported reported = (LeadAnswer.Reported) desk.handle(lead, new LeadRequest.Report(code, false));
        assertThat(reported.bundle().files()).extracting(ReportFile::filename)
                .containsExactly(code + "-residual-risk.png", code + "-exposure-heat-map.png", code + "-report.html");
        assertThat(reported.bundle().scores()).hasSize(4);
        assertThat(reported.bundle().doFirst()).hasSizeBetween(1, ReportBundle.TOP_RECOMMENDATIONS);
        assertThat(reported.thread()).isEmpty();
    }

    @Test
    void a_report_shared_with_the_channel_says_where_the_assessment_s_root_message_is() {
        String code = create("fraud model");
        RootLocation root = new RootLocation(Platform.SLACK, "C1|1.0|2.0");
        desk.placeRoot(lead, code, root);
        LeadAnswer.Reported reported = (LeadAnswer.Reported) desk.handle(lead, new LeadRequest.Report(code, true));
        assertThat(reported.thread()).contains(root);
        assertThat(reported.bundle().files()).isEmpty();
        assertThat(reported.bundle().withheld()).isPresent();
    }

    @Test
    void an_export_in_an_unknown_format_is_refused_and_an_early_one_says_how_many_more_answers_are_needed() {
        String code = create("fraud model");
        assertThat(desk.handle(lead, new LeadRequest.Export(code, "xlsx"))).isEqualTo(new LeadAnswer.Refused(LeadDesk.UNKNOWN_FORMAT));
        assertThat(desk.handle(lead, new LeadRequest.Export(code, "csv"))).isEqualTo(new LeadAnswer.Refused(
                "Not exported yet: 3 more completed answer sets are needed before this is shown, so no row can be traced to a person."));
    }

    @Test
    void the_trends_say_they_cover_everyone_and_then_this_workspace_s_own_assessments() {
        LeadAnswer.TrendsShown trends = (LeadAnswer.TrendsShown) desk.handle(lead, new LeadRequest.Trends());
        assertThat(trends.markdown()).startsWith("# Trends across all answers\n\nEveryone who answered counts, in every workspace and server this bot serves.")
                .contains("## Residual-risk bands of this workspace's assessments\n\nBand distribution: 3 more scored assessments");
    }

    @Test
    void every_answer_and_the_trends_as_a_file_are_refused_to_a_lead_in_a_chat_and_nothing_changes() {
        String before = assessor.dump();
        assertThat(desk.handle(lead, new LeadRequest.ExportAll("csv"))).isEqualTo(new LeadAnswer.Refused(LeadDesk.OPERATOR_ONLY));
        assertThat(desk.handle(lead, new LeadRequest.ExportTrends("json"))).isEqualTo(new LeadAnswer.Refused(LeadDesk.OPERATOR_ONLY));
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void the_operator_gets_everyone_s_trends_as_markdown_or_json_and_an_unknown_format_is_refused() {
        Space console = new Space(Platform.CONSOLE, "console");
        LeadAnswer.Exported markdown = (LeadAnswer.Exported) desk.handleForOperator(console, new LeadRequest.ExportTrends("markdown"));
        assertThat(markdown.file().filename()).isEqualTo("trends.md");
        assertThat(new String(markdown.file().bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("# Trends across all answers").doesNotContain("this workspace's");
        LeadAnswer.Exported json = (LeadAnswer.Exported) desk.handleForOperator(console, new LeadRequest.ExportTrends("JSON"));
        assertThat(json.file().filename()).isEqualTo("trends.json");
        assertThat(desk.handleForOperator(console, new LeadRequest.ExportTrends("pdf")))
                .isEqualTo(new LeadAnswer.Refused(LeadDesk.UNKNOWN_TRENDS_FORMAT));
    }

    @Test
    void the_operator_s_export_of_every_answer_waits_for_k_completed_runs_like_one_assessment_s() {
        Space console = new Space(Platform.CONSOLE, "console");
        assertThat(desk.handleForOperator(console, new LeadRequest.ExportAll("xlsx"))).isEqualTo(new LeadAnswer.Refused(LeadDesk.UNKNOWN_FORMAT));
        assertThat(desk.handleForOperator(console, new LeadRequest.ExportAll("csv"))).isInstanceOf(LeadAnswer.Refused.class)
                .extracting(a -> ((LeadAnswer.Refused) a).message()).asString().startsWith("Not exported yet: 3 more");
        completeAll(create("fraud model"));
        LeadAnswer.Exported all = (LeadAnswer.Exported) desk.handleForOperator(console, new LeadRequest.ExportAll("csv"));
        assertThat(all.file().filename()).isEqualTo("answers-all.csv");
        assertThat(new String(all.file().bytes(), java.nio.charset.StandardCharsets.UTF_8).lines()).hasSize(4);
    }
}
