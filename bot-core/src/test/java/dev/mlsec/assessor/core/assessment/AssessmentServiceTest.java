package dev.mlsec.assessor.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.testing.TestAssessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssessmentServiceTest {

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final Space acme = new Space(Platform.SLACK, "T-ACME");

    @AfterEach
    void close() {
        assessor.close();
    }

    @Test
    void a_new_assessment_gets_a_short_code_from_its_name_and_a_secure_random_part() {
        Assessment a = assessor.assessments().create(acme, "  fraud   model v3 ");
        assertThat(a.name()).isEqualTo("fraud model v3");
        assertThat(a.code()).matches("FRD-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(assessor.assessments().find(acme, a.code().toLowerCase())).contains(a);
    }

    @Test
    void a_name_that_is_empty_too_long_or_has_control_characters_is_refused_and_nothing_is_stored() {
        String before = assessor.dump();
        assertThatThrownBy(() -> assessor.assessments().create(acme, "  ")).hasMessage("Give the ML system a name, e.g. \"fraud model v3\".");
        assertThatThrownBy(() -> assessor.assessments().create(acme, "x".repeat(81))).hasMessage("That name is too long; keep it to 80 characters.");
        assertThatThrownBy(() -> assessor.assessments().create(acme, "fraud\u202Emodel")).hasMessageContaining("invisible control characters");
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Test
    void the_root_message_location_is_stored_sealed_and_opens_again() {
        Assessment a = assessor.assessments().create(acme, "fraud model");
        assessor.assessments().rememberLocation(a.code(), "C012CHANNEL/1732790000.000100");
        assertThat(assessor.dump()).doesNotContain("C012CHANNEL");
        assertThat(assessor.assessments().location(a.code())).contains("C012CHANNEL/1732790000.000100");
    }

    @Test
    void a_space_sees_only_its_own_assessments() {
        Assessment a = assessor.assessments().create(acme, "fraud model");
        Space other = new Space(Platform.DISCORD, "123456789012345678");
        assertThat(assessor.assessments().find(other, a.code())).isEmpty();
        assertThat(assessor.assessments().ofSpace(other, 25)).isEmpty();
        assertThat(assessor.assessments().ofSpace(acme, 25)).containsExactly(a);
    }
}
