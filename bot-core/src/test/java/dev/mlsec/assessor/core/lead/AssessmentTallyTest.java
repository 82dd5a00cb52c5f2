package dev.mlsec.assessor.core.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.Assessment;
import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssessmentTallyTest {

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final Space acme = new Space(Platform.SLACK, "T-ACME");
    private final Assessment fraud = assessor.assessments().create(acme, "fraud model v3");

    @AfterEach
    void close() {
        assessor.close();
    }

    private void complete(String user, String questionnaire) {
        Respondent who = new Respondent(Platform.SLACK, "T-ACME", user);
        Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(fraud.code())));
        while (reply instanceof Reply.Prompt p) {
            reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                    List.of(p.question().options().get(0).id())));
        }
        assertThat(reply).isInstanceOf(Reply.Completed.class);
    }

    @Test
    void an_assessment_s_bands_are_recorded_when_its_last_missing_questionnaire_is_counted_though_nobody_opened_its_report() {
        complete("U1", "risk-impact");
        complete("U2", "attack-surface");
        assertThat(assessor.assessments().bands()).as("bands before every questionnaire is answered").isEmpty();

        complete("U3", "security");

        assertThat(assessor.assessments().bands()).hasSize(1);
        assertThat(assessor.assessments().bands().get(0).byAttack()).hasSize(4);
        assertThat(assessor.trends().trends().assessmentsScored()).isEqualTo(1);
    }

    @Test
    void the_root_message_is_told_the_new_status_when_a_run_of_its_assessment_is_counted() {
        List<RootView> told = new CopyOnWriteArrayList<>();
        RootLocation where = new RootLocation(Platform.SLACK, "C1|1.0|2.0");
        assessor.roots().attach(Platform.SLACK, (location, view) -> {
            assertThat(location).isEqualTo(where);
            told.add(view);
        });
        assessor.assessments().placeRoot(fraud.code(), where);

        complete("U1", "security");

        assertThat(told).extracting(RootView::progress).containsExactly(
                "Completed so far: Risk and impact assessment 0 · Attack surface and vulnerabilities 0 · Security of your ML system 1");
    }

    @Test
    void a_root_message_that_cannot_be_drawn_does_not_keep_the_run_from_being_counted() {
        assessor.roots().attach(Platform.SLACK, (location, status) -> {
            throw new IllegalStateException("the channel is gone");
        });
        assessor.assessments().placeRoot(fraud.code(), new RootLocation(Platform.SLACK, "C1|1.0|2.0"));

        complete("U1", "security");

        assertThat(assessor.reports().status(fraud).coverage().get(2).completedRuns()).isEqualTo(1);
        assertThat(assessor.runs().completedUncounted()).isEmpty();
    }
}
