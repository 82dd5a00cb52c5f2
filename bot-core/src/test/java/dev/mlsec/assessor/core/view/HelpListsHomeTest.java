package dev.mlsec.assessor.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.identity.Platform;
import org.junit.jupiter.api.Test;

/** Help on every platform says where that platform's home is, and how to make an assessment private. */
class HelpListsHomeTest {

    @Test
    void slack_help_points_at_the_home_tab_of_the_app() {
        assertThat(ChannelWords.help(Platform.SLACK)).contains("\u2022 The Home tab of my app: your unfinished "
                + "questionnaires to resume, the ones you can start and, for leads, the assessments with their progress")
                .doesNotContain("/mlsec home").endsWith(Verb.ABOUT);
    }

    @Test
    void discord_help_lists_mlsec_home() {
        assertThat(ChannelWords.help(Platform.DISCORD)).contains("\u2022 `/mlsec home`: your unfinished questionnaires")
                .endsWith(Verb.ABOUT);
    }

    @Test
    void console_help_lists_mlsec_home() {
        assertThat(ChannelWords.home(Platform.CONSOLE)).isEqualTo("\u2022 `mlsec home`: your unfinished questionnaires to "
                + "resume, the ones you can start and, for leads, the assessments with their progress");
    }

    @Test
    void the_home_line_comes_after_the_verbs_and_before_what_the_bot_is_for() {
        String help = ChannelWords.help(Platform.DISCORD);
        assertThat(help.indexOf("`/mlsec home`")).isGreaterThan(help.indexOf("`/mlsec help`"))
                .isLessThan(help.indexOf(Verb.ABOUT));
    }

    @Test
    void help_shows_how_to_make_an_assessment_private() {
        assertThat(ChannelWords.help(Platform.SLACK)).contains("\u2022 `/mlsec new <system name> [--private]`: (leads) "
                + "create an assessment");
    }
}
