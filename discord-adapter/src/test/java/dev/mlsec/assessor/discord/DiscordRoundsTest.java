package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rounds through the real JDA client against the fake Discord: the next round, its report, closing. */
class DiscordRoundsTest {

    private final LiveBot live = LiveBot.start();
    private final FakeDiscord discord = live.discord;
    private final Actor lead = live.lead();

    @AfterEach
    void close() {
        live.close();
    }

    /** Every questionnaire answered once in the server, through the core (the answers are not what is tested here). */
    private void completeAll(String code, int pick) {
        for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
            Respondent who = new Respondent(Platform.DISCORD, LiveBot.GUILD, "5" + questionnaire.length() + pick + code.hashCode());
            Reply reply = live.core.engine().handle(who, new Command.Start(questionnaire, Optional.of(code)));
            while (reply instanceof Reply.Prompt p) {
                var options = p.question().options().stream().filter(o -> !o.exclusive()).toList();
                reply = live.core.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                        List.of(options.get(Math.min(pick, options.size() - 1)).id())));
            }
        }
    }

    private String nextRound(String code) {
        Interaction round = discord.slash(lead, "round", Map.of("code", code));
        String said = live.content(round);
        Matcher m = Pattern.compile("is open with code `([A-Z0-9-]+)`").matcher(said);
        assertThat(m.find()).as(said).isTrue();
        live.awaitLocation(m.group(1));
        return m.group(1);
    }

    @Test
    void a_second_round_is_posted_beside_the_first_which_says_so_and_is_reported_against_it_with_the_across_rounds_chart() {
        LiveBot.Root first = live.newAssessment(lead, "Fraud model");
        completeAll(first.code(), 1);

        String second = nextRound(first.code());

        RecordedRequest note = discord.await(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                && r.json().contains("message_reference"));
        assertThat(note.body().getObject("message_reference").getString("message_id")).isEqualTo(first.messageId());
        assertThat(note.body().getString("content")).startsWith("Round 2 of this assessment is open, with code `" + second + "`");
        RecordedRequest root = discord.await(r -> r.is("POST", "/channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                && r.json().contains("q:" + second + ":risk-impact"));
        assertThat(root.body().getArray("components").toString()).contains("q:" + second + ":security");

        completeAll(second, 0);
        Interaction report = discord.slash(lead, "report", Map.of("code", second));
        RecordedRequest shown = discord.await(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/" + report.token()));
        assertThat(shown.fileNames()).containsExactly(second + "-residual-risk.png", second + "-exposure-heat-map.png",
                second + "-across-rounds.png", second + "-report.html");
        assertThat(shown.body().getArray("embeds").getObject(0).getString("description")).contains("since round 1");
        assertThat(shown.body().getArray("embeds").getObject(0).getArray("fields").toString())
                .contains("Round 2 of this system, after round 1");
    }

    @Test
    void an_old_button_after_closing_is_refused_pointing_at_the_current_round_and_nothing_is_recorded() {
        LiveBot.Root first = live.newAssessment(lead, "Fraud model");
        String second = nextRound(first.code());
        Interaction close = discord.slash(lead, "close", Map.of("code", first.code()));
        assertThat(live.content(close)).startsWith("Round 1 (`" + first.code() + "`) is closed");
        String before = live.core.dump();

        Interaction old = discord.button(live.member(), first.messageId(), "q:" + first.code() + ":security");

        assertThat(live.content(old)).contains("is closed and takes no more answers", "The current round is " + second);
        assertThat(live.core.dump()).isEqualTo(before);
    }

    @Test
    void closing_a_closed_round_or_a_member_asking_changes_nothing() {
        LiveBot.Root first = live.newAssessment(lead, "Fraud model");
        live.content(discord.slash(lead, "close", Map.of("code", first.code())));
        String before = live.core.dump();

        Interaction again = discord.slash(lead, "close", Map.of("code", first.code()));
        Interaction member = discord.slash(live.member(), "round", Map.of("code", first.code()));

        assertThat(live.content(again)).startsWith("Round 1 (`" + first.code() + "`) was closed already, on ");
        assertThat(live.content(member)).isEqualTo(InteractionHandler.NOT_A_LEAD);
        assertThat(live.core.dump()).isEqualTo(before);
    }

    @Test
    void trends_carry_the_band_spread_and_quarter_charts_once_k_systems_are_scored() {
        for (int i = 0; i < 3; i++) {
            completeAll(live.newAssessment(lead, "System " + i).code(), i * 4);
        }

        Interaction trends = discord.slash(lead, "trends", Map.of());

        RecordedRequest shown = discord.await(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/" + trends.token()));
        assertThat(shown.fileNames()).containsExactly("trends-band-spread.png", "trends-by-quarter.png");
        assertThat(shown.body().getString("content")).contains("# Trends across all answers");
    }
}
