package dev.mlsec.assessor.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExclusiveOptionTest {

    private static final Respondent WHO = new Respondent(Platform.SLACK, "T1", "U1");

    /** Answers the security questionnaire's first option until the defences question is asked. */
    private static Reply.Prompt atDefences(TestAssessor assessor) {
        Reply reply = assessor.engine().handle(WHO, new Command.Start("security", Optional.empty()));
        while (reply instanceof Reply.Prompt p && !p.question().id().equals("adversarial-defences")) {
            reply = assessor.engine().handle(WHO, new Command.Answer(p.run().runId(), p.question().id(),
                    List.of(p.question().options().get(0).id())));
        }
        return (Reply.Prompt) reply;
    }

    @Test
    void none_of_these_ticked_with_a_real_defence_is_refused_with_a_clear_message_and_nothing_is_stored() {
        try (TestAssessor assessor = TestAssessor.withBundledQuestionnaires()) {
            Reply.Prompt prompt = atDefences(assessor);
            Reply reply = assessor.engine().handle(WHO, new Command.Answer(prompt.run().runId(), "adversarial-defences",
                    List.of("adversarial-training", "none")));
            assertThat(reply).isInstanceOfSatisfying(Reply.Refused.class, r -> {
                assertThat(r.reason()).isEqualTo(Refusal.EXCLUSIVE_OPTION);
                assertThat(r.message()).isEqualTo("\"None of these\" cannot be chosen together with other answers;"
                        + " choose it alone, or untick it.");
            });
            Reply shown = assessor.engine().handle(WHO, new Command.Show(prompt.run().runId()));
            assertThat(shown).isInstanceOfSatisfying(Reply.Prompt.class, p -> {
                assertThat(p.question().id()).isEqualTo("adversarial-defences");
                assertThat(p.progress()).isEqualTo(prompt.progress());
            });
        }
    }

    @Test
    void none_of_these_alone_is_accepted() {
        try (TestAssessor assessor = TestAssessor.withBundledQuestionnaires()) {
            Reply.Prompt prompt = atDefences(assessor);
            Reply reply = assessor.engine().handle(WHO, new Command.Answer(prompt.run().runId(), "adversarial-defences",
                    List.of("none")));
            assertThat(reply).isInstanceOfSatisfying(Reply.Prompt.class, p -> assertThat(p.question().id()).isNotEqualTo("adversarial-defences"));
        }
    }
}
