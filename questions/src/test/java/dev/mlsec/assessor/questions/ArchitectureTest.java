package dev.mlsec.assessor.questions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.mlsec.assessor.questions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_questionnaire_model_needs_no_spring_and_no_chat_sdk = noClasses()
            .that().resideInAPackage("dev.mlsec.assessor.questions..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.slack..", "net.dv8tion..");
}
