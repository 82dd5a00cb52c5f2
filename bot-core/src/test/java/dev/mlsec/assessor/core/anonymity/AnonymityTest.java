package dev.mlsec.assessor.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.export.AnswerExport;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.report.HtmlReport;
import dev.mlsec.assessor.core.report.JsonReport;
import dev.mlsec.assessor.core.report.MarkdownReport;
import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.core.trends.TrendsRenderer;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Scripted assessments for known user ids, names and workspace ids; afterwards no collection, log
 * line, report or export contains any of them, and completed runs carry no pseudonym.
 */
class AnonymityTest {

    private static final List<String> RAW = List.of("U07ALICE42", "U07BOB1337", "U07CAROL99", "T0ACMECORP", "alice.smith",
            "848211234567890123", "1180000000000000042");

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void captureLogs() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void close() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        assessor.close();
    }

    private void answerWholeQuestionnaire(Respondent who, String questionnaire, String code) {
        Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(code)));
        for (int i = 0; i < 60 && reply instanceof Reply.Prompt p; i++) {
            reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                    List.of(p.question().options().get(0).id())));
        }
        assertThat(reply).isInstanceOf(Reply.Completed.class);
    }

    @Test
    void no_raw_id_is_in_any_collection_log_line_report_or_export() {
        Space slack = new Space(Platform.SLACK, "T0ACMECORP");
        Assessment a = assessor.assessments().create(slack, "fraud model v3");
        List<Respondent> people = List.of(new Respondent(Platform.SLACK, "T0ACMECORP", "U07ALICE42"),
                new Respondent(Platform.SLACK, "T0ACMECORP", "U07BOB1337"),
                new Respondent(Platform.SLACK, "T0ACMECORP", "U07CAROL99"),
                new Respondent(Platform.DISCORD, "848211234567890123", "1180000000000000042"));
        Assessment onDiscord = assessor.assessments().create(new Space(Platform.DISCORD, "848211234567890123"), "chat model");
        for (Respondent who : people) {
            String code = who.platform() == Platform.DISCORD ? onDiscord.code() : a.code();
            for (String q : List.of("risk-impact", "attack-surface", "security")) {
                answerWholeQuestionnaire(who, q, code);
            }
        }
        // an unfinished run too
        assessor.engine().handle(new Respondent(Platform.CONSOLE, "console", "alice.smith"), new Command.Start("security", Optional.empty()));
        assessor.assessments().rememberLocation(a.code(), "C0SECRETCHANNEL/1732790000.000100");

        List<String> outputs = new ArrayList<>();
        outputs.add(assessor.dump());
        var report = assessor.reports().report(slack, a.code());
        outputs.add(MarkdownReport.render(report));
        outputs.add(JsonReport.render(report));
        outputs.add(HtmlReport.render(report, new byte[0], new byte[0]));
        outputs.add(TrendsRenderer.markdown(assessor.trends().trends()));
        StringWriter csv = new StringWriter();
        assessor.exports().all(AnswerExport.Format.CSV, csv);
        outputs.add(csv.toString());
        StringWriter json = new StringWriter();
        assessor.exports().assessment(a.code(), AnswerExport.Format.JSON, json);
        outputs.add(json.toString());
        logs.list.forEach(e -> outputs.add(e.getFormattedMessage()));

        for (String output : outputs) {
            for (String raw : RAW) {
                assertThat(output).doesNotContain(raw);
            }
            assertThat(output).doesNotContain("C0SECRETCHANNEL");
        }
        assertThat(report.picture()).isPresent();
    }

    @Test
    void completed_runs_keep_no_pseudonym_and_unfinished_runs_only_a_keyed_one() {
        Respondent alice = new Respondent(Platform.SLACK, "T0ACMECORP", "U07ALICE42");
        answerWholeQuestionnaire(alice, "security", assessor.assessments().create(new Space(Platform.SLACK, "T0ACMECORP"), "x").code());
        assessor.engine().handle(alice, new Command.Start("risk-impact", Optional.empty()));
        List<Document> runs = assessor.mongo().getCollection("sessions").find().into(new ArrayList<>());
        assertThat(runs).hasSize(2);
        for (Document run : runs) {
            if (run.getString("state").equals("COMPLETED")) {
                assertThat(run).doesNotContainKey("respondentKey");
            } else {
                assertThat(run.getString("respondentKey")).hasSize(43).doesNotContain("U07ALICE42");
            }
            assertThat(run.getString("createdOn")).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }
}
