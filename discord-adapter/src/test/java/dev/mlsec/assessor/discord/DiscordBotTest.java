package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bot, with JDA for real, against the fake Discord on loopback, over the real engine and embedded store. */
class DiscordBotTest {

    static LiveBot live;
    static TestAssessor core;
    static FakeDiscord discord;

    static Actor LEAD;
    static Actor MEMBER;
    static Actor ROLE_LEAD;
    static Actor OTHER_GUILD_LEAD;

    @BeforeAll
    static void start() {
        live = LiveBot.start();
        core = live.core;
        discord = live.discord;
        LEAD = live.lead();
        MEMBER = live.member();
        ROLE_LEAD = live.roleLead();
        OTHER_GUILD_LEAD = live.otherGuildLead();
    }

    @AfterAll
    static void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void the_command_is_registered_on_start_with_its_subcommands_for_every_member() {
        RecordedRequest put = discord.await(r -> r.is("PUT", "/applications/" + FakeDiscord.APPLICATION_ID + "/commands"));
        DataObject command = DataArray.fromJson(put.json()).getObject(0);
        assertThat(command.getString("name")).isEqualTo("mlsec");
        // members start and answer questionnaires; lead-only subcommands are refused by the bot itself
        assertThat(command.isNull("default_member_permissions")).as("no default member permission: %s", command).isTrue();
        DataArray subs = command.getArray("options");
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < subs.length(); i++) {
            names.add(subs.getObject(i).getString("name"));
        }
        assertThat(names).containsExactly("new", "start", "resume", "home", "report", "trends", "export", "status", "round", "close", "remind", "schedule", "help");
    }

    @Test
    void a_full_assessment_is_created_answered_by_three_people_per_questionnaire_and_reported() {
        LiveBot.Root root = live.newAssessment(LEAD, "Fraud model");
        assertThat(LiveBot.customIds(discord.message(root.messageId()))).containsExactly(
                "q:" + root.code() + ":risk-impact", "q:" + root.code() + ":attack-surface", "q:" + root.code() + ":security");
        for (String questionnaire : java.util.List.of("risk-impact", "attack-surface", "security")) {
            for (int i = 0; i < 3; i++) {
                Actor who = live.member();
                Interaction start = discord.button(who, root.messageId(), "q:" + root.code() + ":" + questionnaire);
                DataObject done = live.answerAll(who, start);
                assertThat(discord.ephemeral(start)).isTrue();
                assertThat(done.getString("content")).contains("Only you can see this message");
            }
        }
        DataObject rootNow = discord.await(r -> r.is("PATCH", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages/" + root.messageId())
                && r.json().contains("Security of your ML system 3")).body();
        assertThat(rootNow.getArray("embeds").getObject(0).toString()).contains("Risk and impact assessment 3");

        Interaction report = discord.slash(LEAD, "report", Map.of("code", root.code()));
        RecordedRequest shown = discord.await(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/" + report.token()));
        assertThat(discord.ephemeral(report)).isTrue();
        assertThat(shown.fileNames()).containsExactly(root.code() + "-residual-risk.png", root.code() + "-exposure-heat-map.png", root.code() + "-report.html");
        DataObject embed = shown.body().getArray("embeds").getObject(0);
        assertThat(embed.getString("title")).isEqualTo("Risk report: Fraud model (" + root.code() + ")");
        assertThat(embed.toString()).contains("Model poisoning", "Model evasion", "Model stealing", "Training-data inference");

        Interaction export = discord.slash(LEAD, "export", Map.of("code", root.code(), "format", "json"));
        assertThat(discord.await(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/" + export.token())).fileNames())
                .containsExactly("answers-" + root.code() + ".json");
    }

    @Test
    void a_member_without_manage_server_or_the_lead_role_is_refused_a_report() {
        LiveBot.Root root = live.newAssessment(LEAD, "Refusals");
        Interaction report = discord.slash(MEMBER, "report", Map.of("code", root.code()));
        assertThat(discord.awaitShown(report).getString("content")).isEqualTo(InteractionHandler.NOT_A_LEAD);
        assertThat(discord.ephemeral(report)).isTrue();
    }

    @Test
    void a_member_with_the_lead_role_may_read_the_status() {
        LiveBot.Root root = live.newAssessment(LEAD, "Role lead");
        Interaction status = discord.slash(ROLE_LEAD, "status", Map.of("code", root.code()));
        assertThat(discord.awaitShown(status).getString("content")).isEqualTo(
                "Completed so far: Risk and impact assessment 0 · Attack surface and vulnerabilities 0 · Security of your ML system 0");
    }

    @Test
    void another_guilds_code_is_refused_like_an_unknown_one() {
        LiveBot.Root root = live.newAssessment(LEAD, "Other guild");
        Interaction status = discord.slash(OTHER_GUILD_LEAD, "status", Map.of("code", root.code()));
        assertThat(discord.awaitShown(status).getString("content")).isEqualTo(
                dev.mlsec.assessor.core.assessment.AssessorException.unknownCode().getMessage());
    }

    @Test
    void lead_commands_in_a_direct_message_are_refused_with_a_reason() {
        Interaction trends = discord.slash(FakeDiscord.dmUser("200000000000000077"), "trends", Map.of());
        assertThat(discord.awaitShown(trends).getString("content")).isEqualTo(InteractionHandler.NOT_IN_DMS);
    }

    @Test
    void a_questionnaire_can_be_answered_in_a_direct_message() {
        Actor dm = FakeDiscord.dmUser("200000000000000078");
        Interaction start = discord.slash(dm, "start", Map.of("questionnaire", "security"));
        DataObject shown = discord.awaitShown(start);
        assertThat(shown.getString("content")).startsWith("**Security of your ML system**").contains("Question 1 of");
        assertThat(LiveBot.customIds(shown)).isNotEmpty();
    }

    @Test
    void autocomplete_offers_only_the_callers_guilds_codes() {
        LiveBot.Root ours = live.newAssessment(LEAD, "Autocomplete mine");
        Interaction typed = discord.autocomplete(LEAD, "report", "");
        DataObject choices = discord.callback(typed).body().getObject("data");
        assertThat(choices.toString()).contains(ours.code());
        Interaction theirs = discord.autocomplete(OTHER_GUILD_LEAD, "report", "");
        assertThat(discord.callback(theirs).body().getObject("data").toString()).doesNotContain(ours.code());
    }

    @Test
    void a_forged_session_id_changes_nothing_and_is_told_plainly() {
        LiveBot.Root root = live.newAssessment(LEAD, "Forgery");
        Actor who = live.member();
        Interaction start = discord.button(who, root.messageId(), "q:" + root.code() + ":security");
        DataObject first = discord.awaitShown(start);
        String real = LiveBot.customIds(first).get(0);
        String forged = "a:AAAAAAAAAAAAAAAAAAAAAA:" + real.split(":", 4)[2] + ":" + real.split(":", 4)[3];
        String before = core.dump();
        Interaction click = discord.button(who, discord.messageOf(start), forged);
        assertThat(discord.awaitShown(click).getString("content")).contains(
                "I can't find that questionnaire run. It may have been abandoned or removed; start a new one to continue.");
        assertThat(core.dump()).isEqualTo(before);
    }

    @Test
    void a_custom_id_that_is_not_ours_gets_a_private_explanation() {
        LiveBot.Root root = live.newAssessment(LEAD, "Garbage");
        Interaction click = discord.button(live.member(), root.messageId(), "zz:not:ours");
        assertThat(discord.awaitShown(click).getString("content")).isEqualTo(InteractionHandler.NOT_OURS);
        assertThat(discord.ephemeral(click)).isTrue();
    }

    @Test
    void a_stale_click_on_an_answered_question_shows_where_the_respondent_is() {
        LiveBot.Root root = live.newAssessment(LEAD, "Stale");
        Actor who = live.member();
        Interaction start = discord.button(who, root.messageId(), "q:" + root.code() + ":security");
        DataObject first = discord.awaitShown(start);
        String messageId = discord.messageOf(start);
        Interaction answered = live.answerFirst(who, messageId, first);
        DataObject second = discord.awaitShown(answered);
        Interaction again = live.answerFirst(who, messageId, first);
        DataObject shown = discord.awaitShown(again);
        assertThat(shown.getString("content")).contains("That question was already answered; here is where you are now.");
        assertThat(LiveBot.customIds(shown)).isEqualTo(LiveBot.customIds(second));
    }

    @Test
    void a_click_on_a_finished_run_says_it_is_complete() {
        LiveBot.Root root = live.newAssessment(LEAD, "Finished");
        Actor who = live.member();
        Interaction start = discord.button(who, root.messageId(), "q:" + root.code() + ":risk-impact");
        DataObject first = discord.awaitShown(start);
        String messageId = discord.messageOf(start);
        live.answerAll(who, start);
        Interaction late = live.answerFirst(who, messageId, first);
        assertThat(discord.awaitShown(late).getString("content")).contains(
                "This questionnaire run is already complete, thank you.");
    }

    @Test
    void a_shared_report_is_posted_for_the_whole_channel() {
        LiveBot.Root root = live.newAssessment(LEAD, "Shared");
        Interaction report = discord.slash(LEAD, "report", Map.of("code", root.code(), "share", "true"));
        DataObject shown = discord.awaitShown(report);
        assertThat(discord.ephemeral(report)).isFalse();
        assertThat(shown.getArray("embeds").getObject(0).getString("title")).isEqualTo("Risk report: Shared (" + root.code() + ")");
    }

    @Test
    void an_export_with_too_few_answers_is_refused_with_the_reason() {
        LiveBot.Root root = live.newAssessment(LEAD, "Too few");
        Interaction export = discord.slash(LEAD, "export", Map.of("code", root.code(), "format", "json"));
        assertThat(discord.awaitShown(export).getString("content")).startsWith("Not exported yet: ").endsWith(", so no row can be traced to a person.");
        assertThat(discord.ephemeral(export)).isTrue();
    }

    @Test
    void help_is_answered_privately() {
        Interaction help = discord.slash(MEMBER, "help", Map.of());
        DataObject shown = discord.awaitShown(help);
        assertThat(discord.ephemeral(help)).isTrue();
        assertThat(shown.getString("content")).isEqualTo(InteractionHandler.help());
    }
}
