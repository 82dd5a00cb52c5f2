package dev.mlsec.assessor.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Promises;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.report.AssessmentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each anonymity promise shows, worded exactly as {@link Promises} has it, and nowhere the old overclaim. */
class PromisesShownTest {

    @Test
    void every_questions_footer_carries_the_footer_promise_on_every_surface() {
        for (Surface surface : Surface.values()) {
            assertThat(surface.privacy()).as(surface.name()).endsWith(Promises.FOOTER);
        }
    }

    @Test
    void help_ends_with_the_promise_about_small_groups() {
        assertThat(ChannelWords.help()).endsWith(Promises.ABOUT);
        assertThat(Promises.ABOUT).contains("its report reflects each answer");
    }

    @Test
    void the_root_message_carries_the_root_promise() {
        RootView root = RootView.of(new AssessmentStatus("ABC-7K2QX", "fraud model", List.of()), List.of());
        assertThat(root.intro(name -> name)).endsWith(Promises.ROOT);
    }

    @Test
    void no_promise_claims_that_nobody_can_tell_who_answered() {
        for (String promise : List.of(Promises.FOOTER, Promises.STARTED, Promises.FEW_ANSWER_SETS, Promises.ABOUT, Promises.ROOT,
                Verb.ABOUT, RootView.of(new AssessmentStatus("A-B", "n", List.of()), List.of()).intro(n -> n))) {
            assertThat(promise).doesNotContain("nobody can tell").doesNotContain("not even the team").doesNotContain("are anonymous");
        }
    }
}
