package dev.mlsec.assessor.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: questions <- bot-core <- adapters <- app. */
class DependencyRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // production classes only: not this module's tests, nor the other modules' test-jars
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("dev.mlsec.assessor");
    }

    @Test
    void questions_depend_on_no_spring_and_no_chat_sdk_and_nothing_of_ours_above_them() {
        noClasses().that().resideInAPackage("dev.mlsec.assessor.questions..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.slack..", "net.dv8tion..",
                        "dev.mlsec.assessor.core..", "dev.mlsec.assessor.slack..", "dev.mlsec.assessor.discord..",
                        "dev.mlsec.assessor.app..")
                .check(classes);
    }

    @Test
    void the_core_knows_nothing_of_slack_discord_or_the_app() {
        noClasses().that().resideInAPackage("dev.mlsec.assessor.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..",
                        "dev.mlsec.assessor.slack..", "dev.mlsec.assessor.discord..", "dev.mlsec.assessor.app..")
                .check(classes);
    }

    @Test
    void the_engine_scoring_and_reports_need_no_spring() {
        noClasses().that().resideInAnyPackage("dev.mlsec.assessor.core.engine..", "dev.mlsec.assessor.core.assessment..",
                        "dev.mlsec.assessor.core.lead..", "dev.mlsec.assessor.core.view..", "dev.mlsec.assessor.core.run..",
                        "dev.mlsec.assessor.core.scoring..", "dev.mlsec.assessor.core.report..",
                        "dev.mlsec.assessor.core.trends..", "dev.mlsec.assessor.core.identity..", "dev.mlsec.assessor.core.ratelimit..",
                        "dev.mlsec.assessor.core.round..", "dev.mlsec.assessor.core.remind..", "dev.mlsec.assessor.core.due..",
                        "dev.mlsec.assessor.core.home..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void the_adapters_do_not_know_each_other_or_the_app() {
        noClasses().that().resideInAPackage("dev.mlsec.assessor.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "dev.mlsec.assessor.discord..", "dev.mlsec.assessor.app..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.mlsec.assessor.discord..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "dev.mlsec.assessor.slack..", "dev.mlsec.assessor.app..")
                .check(classes);
    }

    @Test
    void no_class_of_ours_uses_an_internal_class_of_jda_or_bolt() {
        noClasses().that().resideInAPackage("dev.mlsec.assessor..")
                .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion.jda.internal..", "com.slack.api.bolt.internal..")
                .check(classes);
    }

    @Test
    void no_bson_or_driver_type_appears_outside_the_store_package() {
        noClasses().that().resideInAPackage("dev.mlsec.assessor..")
                .and().resideOutsideOfPackages("dev.mlsec.assessor.core.store..", "dev.mlsec.assessor.app.config..")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..", "org.springframework.data.mongodb..")
                .check(classes);
    }

    @Test
    void the_command_line_and_the_console_answer_leads_only_through_the_lead_desk() {
        noClasses().that().resideInAnyPackage("dev.mlsec.assessor.app.cli..", "dev.mlsec.assessor.app.console..")
                .should().dependOnClassesThat().haveFullyQualifiedName("dev.mlsec.assessor.core.assessment.AssessmentService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mlsec.assessor.core.report.ReportService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mlsec.assessor.core.trends.TrendsService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.mlsec.assessor.core.export.AnswerExport")
                .check(classes);
    }
}
