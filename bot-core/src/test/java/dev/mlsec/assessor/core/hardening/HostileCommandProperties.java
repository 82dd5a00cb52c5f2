package dev.mlsec.assessor.core.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a forged or garbled delivery carries (operator keys, dotted paths, Unicode oddities,
 * huge values, another run's id), the engine refuses it or shows where the respondent is, and
 * the store does not change.
 */
class HostileCommandProperties {

    private static TestAssessor assessor;
    private static Reply.Prompt current;
    private static final Respondent ALICE = new Respondent(Platform.SLACK, "T1", "U1");
    private static final Respondent MALLORY = new Respondent(Platform.SLACK, "T2", "U666");

    @BeforeContainer
    static void start() {
        assessor = TestAssessor.with(List.of(TestAssessor.testQuestionnaire("pipeline")));
        current = (Reply.Prompt) assessor.engine().handle(ALICE, new Command.Start("pipeline", Optional.empty()));
    }

    @AfterContainer
    static void stop() {
        assessor.close();
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.of("$where", "$set", "answers.sources", "a.b", "$gt", "{\"$ne\":null}", "__proto__", "",
                        " ", "\u0000", "\u202Eevil", "ｓｏｕｒｃｅｓ", "sources\n", "SOURCES", "web\u200B", "in-house;drop"),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40),
                Arbitraries.strings().withChars("$.{}[]\"'\\").ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().alpha().ofLength(5000));
    }

    @Property(tries = 150)
    void a_hostile_answer_changes_nothing(@ForAll("hostile") String question, @ForAll("hostile") String option) {
        String before = assessor.dump();
        Reply reply = assessor.engine().handle(ALICE, new Command.Answer(current.run().runId(), question, List.of(option)));
        assertThat(reply).isInstanceOfAny(Reply.Refused.class, Reply.Prompt.class);
        if (reply instanceof Reply.Prompt p) {
            assertThat(p.notice()).isEqualTo(Notice.ALREADY_ANSWERED);
        }
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Property(tries = 100)
    void a_hostile_session_id_or_someone_elses_session_changes_nothing(@ForAll("hostile") String runId) {
        String before = assessor.dump();
        assertThat(assessor.engine().handle(ALICE, new Command.Answer(runId, "sources", List.of("web"))))
                .isInstanceOf(Reply.Refused.class);
        assertThat(assessor.engine().handle(MALLORY, new Command.Answer(current.run().runId(), "sources", List.of("web"))))
                .isInstanceOf(Reply.Refused.class);
        assertThat(assessor.engine().handle(MALLORY, new Command.Restart(current.run().runId())))
                .isInstanceOf(Reply.Refused.class);
        assertThat(assessor.dump()).isEqualTo(before);
    }

    @Property(tries = 100)
    void a_hostile_questionnaire_or_assessment_code_stores_nothing(@ForAll("hostile") String questionnaire, @ForAll("hostile") String code) {
        String before = assessor.dump();
        assertThat(assessor.engine().handle(MALLORY, new Command.Start(questionnaire, Optional.of(code))))
                .isInstanceOf(Reply.Refused.class);
        assertThat(assessor.dump()).isEqualTo(before);
    }
}
