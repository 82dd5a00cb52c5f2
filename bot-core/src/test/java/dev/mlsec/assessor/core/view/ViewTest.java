package dev.mlsec.assessor.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.engine.RunRef;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Progress;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewTest {

    private static final RunRef RUN = new RunRef("run-0123456789abcdef", "security", "Security", Optional.empty(),
            Optional.empty());

    private static Reply.Prompt prompt(Question q, boolean canGoBack) {
        return new Reply.Prompt(RUN, q, "Section", new Progress(2, 10, true, 1), List.of(), canGoBack, Notice.NONE);
    }

    @Test
    void every_bundled_question_offers_each_control_exactly_when_the_question_allows_it() {
        for (Questionnaire questionnaire : QuestionnaireLoader.loadBundled()) {
            for (Question q : questionnaire.questions()) {
                List<Control> expected = new ArrayList<>(List.of(Control.ANSWER));
                if (q.dontKnowOption().isPresent()) {
                    expected.add(Control.DONT_KNOW);
                }
                expected.add(Control.BACK);
                if (q.skippable()) {
                    expected.add(Control.SKIP);
                }
                if (!q.why().isBlank()) {
                    expected.add(Control.WHY);
                }
                expected.add(Control.PAUSE);
                assertThat(PromptView.of(prompt(q, true), Optional.empty(), Surface.EPHEMERAL_REPLY).controls())
                        .as(q.id()).containsExactlyElementsOf(expected);
                assertThat(PromptView.of(prompt(q, true), Optional.empty(), Surface.EPHEMERAL_REPLY).options())
                        .as(q.id()).noneMatch(o -> q.option(o.id()).orElseThrow().dontKnow());
            }
        }
    }

    @Test
    void the_first_question_offers_no_back_and_only_a_message_in_a_shared_channel_offers_to_continue_elsewhere() {
        Question q = QuestionnaireLoader.loadBundled().get(0).questions().get(0);
        assertThat(PromptView.of(prompt(q, false), Optional.empty(), Surface.TERMINAL).controls()).doesNotContain(Control.BACK);
        for (Surface surface : Surface.values()) {
            assertThat(PromptView.of(prompt(q, true), Optional.empty(), surface).offers(Control.CONTINUE_ELSEWHERE))
                    .as(surface.name()).isEqualTo(surface == Surface.EPHEMERAL_IN_CHANNEL);
        }
    }

    @Test
    void once_the_respondent_asked_why_the_reason_is_shown_and_why_is_no_longer_offered() {
        Question q = QuestionnaireLoader.loadBundled().get(0).questions().get(0);
        View view = View.of(new Reply.Explanation("Because it matters.", prompt(q, true)), Surface.EPHEMERAL_REPLY);
        PromptView shown = ((View.Question) view).prompt();
        assertThat(shown.why()).contains("Because it matters.");
        assertThat(shown.controls()).doesNotContain(Control.WHY);
    }

    @Test
    void a_summary_lists_at_most_three_recommendations_and_the_scores_in_attack_order() {
        PersonalSummary summary = new PersonalSummary("security", "Security", Dimension.MITIGATION,
                Map.of(Attack.values()[1], 40, Attack.values()[0], 10), List.of("a", "b", "c", "d", "e"), 12, 2);
        SummaryView view = SummaryView.of(new Reply.Completed(RUN, summary), Surface.TERMINAL);
        assertThat(view.recommendations()).containsExactly("a", "b", "c");
        assertThat(view.scores()).extracting(SummaryView.Score::value).containsExactly(10, 40);
        assertThat(view.counted()).startsWith("You answered 12 questions (2 \"don't know\"");
    }

    @Test
    void a_multiple_choice_never_asks_for_more_options_than_it_offers_nor_for_none() {
        for (Questionnaire questionnaire : QuestionnaireLoader.loadBundled()) {
            for (Question q : questionnaire.questions()) {
                Selection s = Selection.of(q);
                long offered = q.options().stream().filter(o -> !o.dontKnow()).count();
                assertThat(s.min()).as(q.id()).isBetween(1, s.max());
                assertThat((long) s.max()).as(q.id()).isLessThanOrEqualTo(offered);
            }
        }
    }

    @Test
    void help_lists_every_verb_with_how_it_is_typed_and_which_are_for_leads() {
        assertThat(ChannelWords.help()).startsWith("Here is what I can do:\n")
                .contains("\u2022 `/mlsec new <system name> [--private]`: (leads) create an assessment")
                .contains("\u2022 `/mlsec start [questionnaire]`: answer one questionnaire")
                .contains("\u2022 `/mlsec export <code> csv|json`: (leads) the anonymous answers as a file")
                .endsWith(Verb.ABOUT);
    }
}
