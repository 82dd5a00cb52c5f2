package dev.mlsec.assessor.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inside the core, only the store knows MongoDB and Spring: everything else talks to it through ports. */
class CoreDependencyRulesTest {

    private static final String[] ABOVE_THE_STORE = {
        "dev.mlsec.assessor.core.engine..", "dev.mlsec.assessor.core.assessment..", "dev.mlsec.assessor.core.lead..",
        "dev.mlsec.assessor.core.report..", "dev.mlsec.assessor.core.trends..", "dev.mlsec.assessor.core.scoring..",
        "dev.mlsec.assessor.core.run..", "dev.mlsec.assessor.core.identity..", "dev.mlsec.assessor.core.export..",
        "dev.mlsec.assessor.core.view..", "dev.mlsec.assessor.core.delivery..", "dev.mlsec.assessor.core.ratelimit..",
        "dev.mlsec.assessor.core.due..", "dev.mlsec.assessor.core.remind..", "dev.mlsec.assessor.core.round.."};

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mlsec.assessor.core");
    }

    @Test
    void the_engine_assessments_reports_and_lead_desk_need_no_spring_and_no_mongodb_driver() {
        noClasses().that().resideInAnyPackage(ABOVE_THE_STORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..")
                .check(core);
    }

    @Test
    void nothing_above_the_store_depends_on_the_store() {
        noClasses().that().resideInAnyPackage(ABOVE_THE_STORE)
                .should().dependOnClassesThat().resideInAPackage("dev.mlsec.assessor.core.store..")
                .check(core);
    }
}
