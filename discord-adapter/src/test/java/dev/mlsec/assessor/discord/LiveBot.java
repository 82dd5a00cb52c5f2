package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.testing.TestAssessor;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The one live harness of the Discord tests: the real bot (real JDA) on the real core and embedded
 * store, against the fake Discord, with the people a test acts as (leads, plain members, someone of
 * another guild, someone in a DM) and what they do (create an assessment, start and answer a run).
 */
final class LiveBot implements AutoCloseable {

    static final String GUILD = "100000000000000001";
    static final String OTHER_GUILD = "100000000000000002";
    static final String LEAD_ROLE = "600000000000000009";
    /** Administrator (1 << 3): implies Manage Server. */
    static final long ADMINISTRATOR = 1L << 3;

    final TestAssessor core;
    final FakeDiscord discord;
    final DiscordBot bot;
    private final AtomicLong people = new AtomicLong();

    private LiveBot(TestAssessor core, FakeDiscord discord, DiscordBot bot) {
        this.core = core;
        this.discord = discord;
        this.bot = bot;
    }

    static LiveBot start() {
        TestAssessor core = TestAssessor.withBundledQuestionnaires();
        FakeDiscord discord = FakeDiscord.start();
        try {
            DiscordBot bot = DiscordBot.start(discord.settings(Optional.of(LEAD_ROLE)), new AssessorServices(core.engine(),
                    core.desk()), Duration.ofSeconds(20));
            core.roots().attach(dev.mlsec.assessor.core.identity.Platform.DISCORD, bot.rootMessages());
            return new LiveBot(core, discord, bot);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- people: each call is someone new, so no test sees another's runs ----

    private String nextUser() {
        return String.valueOf(400000000000000000L + people.incrementAndGet());
    }

    Actor lead() {
        return FakeDiscord.guildUser(GUILD, nextUser(), FakeDiscord.MANAGE_SERVER);
    }

    Actor administrator() {
        return FakeDiscord.guildUser(GUILD, nextUser(), FakeDiscord.MEMBER | ADMINISTRATOR);
    }

    Actor roleLead() {
        return FakeDiscord.guildUser(GUILD, nextUser(), FakeDiscord.MEMBER, LEAD_ROLE);
    }

    Actor member() {
        return FakeDiscord.guildUser(GUILD, nextUser(), FakeDiscord.MEMBER);
    }

    /** A member with some role that is not the lead role. */
    Actor memberWithOtherRole() {
        return FakeDiscord.guildUser(GUILD, nextUser(), FakeDiscord.MEMBER, "600000000000000010");
    }

    Actor otherGuildLead() {
        return FakeDiscord.guildUser(OTHER_GUILD, nextUser(), FakeDiscord.MANAGE_SERVER);
    }

    Actor otherGuildMember() {
        return FakeDiscord.guildUser(OTHER_GUILD, nextUser(), FakeDiscord.MEMBER);
    }

    Actor dm() {
        return FakeDiscord.dmUser(nextUser());
    }

    // ---- what they do ----

    /** An assessment's message in a channel: where its start buttons are, and its code. */
    record Root(String messageId, String code) {
    }

    Root newAssessment(Actor lead, String name) {
        Interaction created = discord.slash(lead, "new", Map.of("name", name));
        DataObject shown = discord.awaitShown(created);
        String description = shown.getArray("embeds").getObject(0).getString("description");
        Matcher code = Pattern.compile("Assessment code `([^`]+)`").matcher(description);
        assertThat(code.find()).as("an assessment message with its code: %s", shown).isTrue();
        String messageId = discord.messageOf(created);
        // the bot remembers where the message is (a store write) once it has looked it up
        awaitLocation(code.group(1));
        return new Root(messageId, code.group(1));
    }

    /** A run started from an assessment's button: the message its questions are in, and the first question shown. */
    record Run(Actor who, String messageId, String runId, DataObject shown) {
        String firstCustomId() {
            return customIds(shown).get(0);
        }
    }

    Run startRun(Actor who, Root root, String questionnaire) {
        Interaction start = discord.button(who, root.messageId(), "q:" + root.code() + ":" + questionnaire);
        DataObject shown = discord.awaitShown(start);
        List<String> ids = customIds(shown);
        assertThat(ids).as("the first question's components: %s", shown).isNotEmpty();
        return new Run(who, discord.messageOf(start), ids.get(0).split(":")[1], shown);
    }

    /** What an interaction ended up showing, as text (content, else the first embed's title). */
    String content(Interaction interaction) {
        DataObject shown = discord.awaitShown(interaction);
        String content = shown.getString("content", "");
        if (content.isEmpty() && shown.hasKey("embeds") && !shown.getArray("embeds").isEmpty()) {
            return shown.getArray("embeds").getObject(0).getString("title", "");
        }
        return content;
    }

    /**
     * Waits until everything delivered before has been handled: JDA hands gateway events to the bot in
     * order, so once a later help request is answered the earlier deliveries have been read; then until
     * the bot has no slow work left and has answered everything this person sent.
     */
    void settle(Actor who) {
        Interaction help = discord.slash(who, "help", Map.of());
        discord.awaitShown(help);
        java.time.Instant until = java.time.Instant.now().plusSeconds(10);
        while (!bot.idle()) {
            assertThat(java.time.Instant.now()).as("the bot's slow work is done").isBefore(until);
            pause();
        }
        discord.awaitAnswered(who);
    }

    /** Waits until the bot has stored where an assessment's message is (it does so after posting it). */
    void awaitLocation(String code) {
        java.time.Instant until = java.time.Instant.now().plusSeconds(10);
        while (core.assessments().location(code).isEmpty()) {
            assertThat(java.time.Instant.now()).as("the location of %s is stored", code).isBefore(until);
            pause();
        }
    }

    /** The poll interval of the waits above. */
    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The custom ids of a message's components, row by row. */
    static List<String> customIds(DataObject message) {
        List<String> ids = new java.util.ArrayList<>();
        DataArray rows = message.optArray("components").orElse(DataArray.empty());
        for (int r = 0; r < rows.length(); r++) {
            DataArray children = rows.getObject(r).getArray("components");
            for (int c = 0; c < children.length(); c++) {
                ids.add(children.getObject(c).getString("custom_id"));
            }
        }
        return ids;
    }

    /** Answers every question with its first option until the run completes; returns the last message shown. */
    DataObject answerAll(Actor who, Interaction started) {
        Interaction current = started;
        DataObject shown = discord.awaitShown(current);
        for (int step = 0; step < 200; step++) {
            if (shown.getString("content", "").contains("done, thank you!")) {
                return shown;
            }
            String messageId = discord.messageOf(current);
            current = answerFirst(who, messageId, shown);
            shown = discord.awaitShown(current);
        }
        throw new AssertionError("the run did not complete: " + shown);
    }

    /** Presses the first answer of the question shown (the fewest options a select allows). */
    Interaction answerFirst(Actor who, String messageId, DataObject shown) {
        DataArray rows = shown.getArray("components");
        DataObject first = rows.getObject(0).getArray("components").getObject(0);
        if (first.getInt("type") == 2) {
            return discord.button(who, messageId, first.getString("custom_id"));
        }
        DataArray options = first.getArray("options");
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < first.getInt("min_values", 1); i++) {
            values.add(options.getObject(i).getString("value"));
        }
        return discord.select(who, messageId, first.getString("custom_id"), values);
    }

    @Override
    public void close() {
        bot.close();
        discord.close();
        core.close();
    }
}
