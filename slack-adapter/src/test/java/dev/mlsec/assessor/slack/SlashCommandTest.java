package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlashCommandTest {

    @Test
    void an_empty_command_is_help() {
        assertThat(SlashCommand.parse("  ")).isEqualTo(new SlashCommand.Help());
    }

    @Test
    void new_keeps_the_whole_system_name() {
        assertThat(SlashCommand.parse("new  Fraud  model v2")).isEqualTo(new SlashCommand.New("Fraud  model v2", false));
    }

    @Test
    void new_without_a_name_shows_its_usage() {
        assertThat(SlashCommand.parse("new")).isEqualTo(new SlashCommand.Invalid(
                "Give the name of the ML system to assess. Usage: `/mlsec new <system name> [--private]`"));
    }

    @Test
    void start_takes_an_optional_questionnaire() {
        assertThat(SlashCommand.parse("start")).isEqualTo(new SlashCommand.Start(Optional.empty()));
        assertThat(SlashCommand.parse("START Security")).isEqualTo(new SlashCommand.Start(Optional.of("security")));
    }

    @Test
    void report_may_be_shared_into_the_thread() {
        assertThat(SlashCommand.parse("report AB12")).isEqualTo(new SlashCommand.Report("AB12", false));
        assertThat(SlashCommand.parse("report AB12 --share")).isEqualTo(new SlashCommand.Report("AB12", true));
    }

    @Test
    void report_without_a_code_shows_its_usage() {
        assertThat(SlashCommand.parse("report --share")).isEqualTo(new SlashCommand.Invalid(
                "Give one assessment code, optionally followed by `--share`. Usage: `/mlsec report <code> [--share]`"));
    }

    @Test
    void export_needs_csv_or_json() {
        assertThat(SlashCommand.parse("export AB12 JSON")).isEqualTo(new SlashCommand.Export("AB12", "json"));
        assertThat(SlashCommand.parse("export AB12")).isInstanceOf(SlashCommand.Invalid.class);
    }

    @Test
    void status_needs_exactly_one_code() {
        assertThat(SlashCommand.parse("status AB12")).isEqualTo(new SlashCommand.Status("AB12"));
        assertThat(SlashCommand.parse("status")).isEqualTo(new SlashCommand.Invalid(
                "Give one assessment code. Usage: `/mlsec status <code>`"));
    }

    @Test
    void an_unknown_subcommand_names_it_and_lists_what_there_is() {
        SlashCommand parsed = SlashCommand.parse("dance `now`");
        assertThat(((SlashCommand.Invalid) parsed).message()).startsWith("I don't know `dance`. Here is what I can do:");
    }
}
