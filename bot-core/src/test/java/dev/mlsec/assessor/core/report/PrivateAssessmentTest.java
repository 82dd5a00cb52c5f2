package dev.mlsec.assessor.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.home.HomeView;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Promises;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.ReportBundle;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A private assessment withholds its scores until each questionnaire has k completed answer sets. */
class PrivateAssessmentTest {

    private static final String CODE = "PRV-00000";

    private final TestAssessor assessor = TestAssessor.with(QuestionnaireLoader.loadBundled(),
            Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
    private final Respondent lead = new Respondent(Platform.SLACK, "T-ACME", "U-LEAD");
    private final Space acme = lead.spaceOf();
    private int members;

    @AfterEach
    void close() {
        assessor.close();
    }

    private Assessment createPrivate() {
        LeadAnswer.Created created = (LeadAnswer.Created) assessor.desk().handle(lead, new LeadRequest.New("fraud model v3", true));
        return assessor.assessments().require(acme, created.root().code());
    }

    private void complete(Assessment assessment, String questionnaire) {
        Respondent who = new Respondent(Platform.SLACK, "T-ACME", "U-MEMBER" + members++);
        Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(assessment.code())));
        while (reply instanceof Reply.Prompt p) {
            reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                    List.of(p.question().options().get(0).id())));
        }
    }

    private void completeEach(Assessment assessment, int times) {
        for (int i = 0; i < times; i++) {
            for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
                complete(assessment, questionnaire);
            }
        }
    }

    @Test
    void a_private_assessment_shows_no_scores_with_one_answer_set_each_and_says_how_many_more_each_needs() {
        Assessment fraud = createPrivate();
        completeEach(fraud, 1);
        complete(fraud, "security");
        AssessmentReport report = assessor.reports().report(acme, fraud.code());
        assertThat(report.picture()).isEmpty();
        assertThat(report.withheld()).contains("This assessment is private: its scores are withheld until each "
                + "questionnaire has at least 3 completed answer sets. Still needed: Risk and impact assessment 2 more, "
                + "Attack surface and vulnerabilities 2 more, Security of your ML system 1 more.");
    }

    @Test
    void the_withheld_report_reads_the_same_in_markdown_html_json_and_chat() throws IOException {
        Assessment fraud = createPrivate();
        completeEach(fraud, 1);
        AssessmentReport report = assessor.reports().report(acme, fraud.code());
        ReportBundle bundle = ReportBundle.of(report);
        assertThat(bundle.files()).as("no charts, no HTML file while withheld").isEmpty();
        assertThat(bundle.scores()).isEmpty();
        assertGolden("withheld.md", MarkdownReport.render(report), fraud);
        assertGolden("withheld.html", HtmlReport.render(report, new byte[0], new byte[0]), fraud);
        assertGolden("withheld.json", JsonReport.render(report), fraud);
        assertGolden("withheld-chat.txt", bundle.title(n -> n) + "\n" + String.join("\n", bundle.coverage()) + "\n"
                + bundle.withheld().orElseThrow(), fraud);
    }

    @Test
    void once_each_questionnaire_has_k_answer_sets_the_scores_show_and_trends_count_it() {
        Assessment fraud = createPrivate();
        completeEach(fraud, 2);
        assertThat(assessor.reports().report(acme, fraud.code()).picture()).isEmpty();
        assertThat(assessor.assessments().bandsOf(acme)).as("trends do not count it before it is scored").isEmpty();
        completeEach(fraud, 1);
        assertThat(assessor.reports().report(acme, fraud.code()).picture()).isPresent();
        assertThat(assessor.assessments().bandsOf(acme)).hasSize(1);
    }

    @Test
    void the_leads_home_shows_no_bands_of_a_private_assessment_before_k_answer_sets() {
        Assessment fraud = createPrivate();
        completeEach(fraud, 1);
        HomeView home = assessor.home().of(lead, 1);
        assertThat(home.toString()).contains(fraud.code()).contains("Scores not shown yet").doesNotContain("Bands:");
    }

    @Test
    void the_root_message_of_a_private_assessment_says_its_lead_sees_no_scores_until_k_answer_sets() {
        LeadAnswer.Created created = (LeadAnswer.Created) assessor.desk().handle(lead, new LeadRequest.New("fraud model v3", true));
        RootView root = created.root();
        assertThat(root.intro(n -> n)).endsWith(Promises.rootPrivate(3))
                .contains("its lead sees no scores until each questionnaire has at least 3 completed answer sets");
        assertThat(root.intro(n -> n)).doesNotContain("reflects each answer");
    }

    @Test
    void the_first_question_of_a_private_assessment_gives_the_private_promise_instead_of_the_warning() {
        Assessment fraud = createPrivate();
        Respondent who = new Respondent(Platform.SLACK, "T-ACME", "U-FIRST");
        Reply.Prompt first = (Reply.Prompt) assessor.engine().handle(who, new Command.Start("security", Optional.of(fraud.code())));
        assertThat(first.notice()).isEqualTo(Notice.PRIVATE);
        assertThat(first.notice().message()).isEqualTo(Promises.PRIVATE).doesNotContain("reflects each answer");
    }

    @Test
    void the_next_round_of_a_private_assessment_is_private_too() {
        Assessment fraud = createPrivate();
        assertThat(assessor.assessments().createNextTo(fraud).isPrivate()).isTrue();
    }

    @Test
    void an_assessment_stored_before_privacy_existed_reads_as_not_private() {
        assessor.mongo().insert(new Document("_id", "OLD-7K2QX").append("name", "old model").append("spaceKey", "x")
                .append("createdOn", "2025-01-01"), "assessments");
        assertThat(assessor.assessments().findAnywhere("OLD-7K2QX")).map(Assessment::isPrivate).contains(false);
        assertThat(createPrivate().isPrivate()).isTrue();
        assertThat(assessor.assessments().create(acme, "plain model").isPrivate()).isFalse();
    }

    private static void assertGolden(String name, String actual, Assessment assessment) throws IOException {
        String stable = actual.replace(assessment.code(), CODE);
        Path file = Path.of("src/test/resources/golden/private/" + name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.writeString(file, stable, StandardCharsets.UTF_8);
        }
        assertThat(stable).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
