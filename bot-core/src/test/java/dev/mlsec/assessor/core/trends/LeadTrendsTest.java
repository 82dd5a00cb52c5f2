package dev.mlsec.assessor.core.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.Assessment;
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

class LeadTrendsTest {

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final Space acme = new Space(Platform.SLACK, "T-ACME");
    private final Space other = new Space(Platform.DISCORD, "G-OTHER");

    @AfterEach
    void close() {
        assessor.close();
    }

    private void score(Space space, String name) {
        Assessment a = assessor.assessments().create(space, name);
        for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
            Respondent who = new Respondent(space.platform(), space.id(), name + questionnaire);
            Reply reply = assessor.engine().handle(who, new Command.Start(questionnaire, Optional.of(a.code())));
            while (reply instanceof Reply.Prompt p) {
                reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                        List.of(p.question().options().get(0).id())));
            }
        }
    }

    @Test
    void a_lead_sees_everyone_s_bands_and_their_own_space_s_only_once_k_of_its_assessments_are_scored() {
        score(acme, "fraud model");
        score(acme, "churn model");
        score(other, "spam filter");

        LeadTrends seen = assessor.trends().trendsFor(acme);

        assertThat(seen.everyone().assessmentsScored()).isEqualTo(3);
        assertThat(seen.everyone().bandsPerAttack()).isPresent();
        assertThat(seen.ownSpace().assessmentsScored()).isEqualTo(2);
        assertThat(seen.ownSpace().perAttack()).isEmpty();
        assertThat(seen.ownSpace().withheld()).isEqualTo("Band distribution: 1 more scored assessment is needed before this is shown.");

        score(acme, "ranking model");

        LeadTrends later = assessor.trends().trendsFor(acme);
        assertThat(later.ownSpace().assessmentsScored()).isEqualTo(3);
        assertThat(later.ownSpace().perAttack().orElseThrow().get("poisoning").values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(3);
    }
}
