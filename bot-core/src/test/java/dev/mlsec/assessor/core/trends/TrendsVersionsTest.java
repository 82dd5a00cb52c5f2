package dev.mlsec.assessor.core.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendsVersionsTest {

    @Test
    void trends_say_which_questionnaire_versions_the_answers_were_given_under() {
        try (TestAssessor assessor = TestAssessor.withBundledQuestionnaires()) {
            Respondent who = new Respondent(Platform.SLACK, "T1", "U1");
            Reply reply = assessor.engine().handle(who, new Command.Start("security", Optional.empty()));
            while (reply instanceof Reply.Prompt p) {
                reply = assessor.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                        List.of(p.question().options().get(0).id())));
            }
            TrendsReport trends = assessor.trends().trends();
            TrendsReport.QuestionnaireTrend security = trends.questionnaires().stream()
                    .filter(q -> q.questionnaireId().equals("security")).findFirst().orElseThrow();
            assertThat(security.versions()).containsExactly("2.0.0");
            assertThat(TrendsRenderer.markdown(trends)).contains("Answers given under version 2.0.0, counted together by question and option id.");
        }
    }
}
