package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.discord.LiveBot.Root;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Malformed and hostile Discord interactions, delivered over the fake gateway to the real JDA and the
 * real bot on the real engine and store. Whatever a click or a command carries, the person gets a
 * plain refusal (never a stack trace) and the store does not change.
 *
 * <p>Discord itself only delivers custom ids of components the bot sent, values a menu offers and
 * options of the registered types; these properties send what a forged client, a stale command
 * registration or a replayed gateway event could carry anyway.
 */
class HostileInteractionProperties {

    /** Every sentence a refusal starts from; a reply must contain one of them. */
    static final List<String> REFUSALS = List.of(
            InteractionHandler.NOT_OURS,
            InteractionHandler.CODE_NEEDS_SERVER,
            InteractionHandler.UNREADABLE,
            InteractionHandler.NOT_A_LEAD,
            InteractionHandler.NOT_IN_DMS,
            "I can't find that questionnaire run.",
            "That question is not part of this questionnaire.",
            "That answer is not one of this question's options.",
            "That question was already answered; here is where you are now.",
            "This is the first question; there is nothing before it.",
            "There is no such questionnaire.",
            "I don't know that assessment code",
            "You have no unfinished questionnaire to resume.",
            "Please choose",
            "Give the ML system a name",
            "That name is too long",
            "That name contains invisible control characters");

    private static LiveBot live;
    private static Root ours;
    private static String otherGuildCode;
    private static LiveBot.Run alice;
    private static Questionnaire security;
    private static Question first;
    /** Plain members, a lead, someone of another guild and someone in a DM: none has a run. */
    private static List<Actor> strangers;
    private static Actor lead;

    @BeforeContainer
    static void start() {
        live = LiveBot.start();
        lead = live.lead();
        ours = live.newAssessment(lead, "Hostile");
        otherGuildCode = live.newAssessment(live.otherGuildLead(), "Theirs").code();
        alice = live.startRun(live.member(), ours, "security");
        security = live.core.questionnaires().stream().filter(q -> q.id().equals("security")).findFirst().orElseThrow();
        first = security.questions().get(0);
        assertThat(alice.firstCustomId()).startsWith("a:" + alice.runId() + ":" + first.id() + ":");
        strangers = List.of(live.member(), live.dm(), live.otherGuildMember(), live.lead());
    }

    @AfterContainer
    static void stop() {
        if (live != null) {
            live.close();
        }
    }

    // ---- forged and random custom ids ----

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void a_forged_or_random_button_id_changes_nothing_and_is_refused_plainly(@ForAll("hostileCustomIds") String customId) {
        String before = live.core.dump();
        Interaction click = live.discord.button(alice.who(), alice.messageId(), customId);
        assertPlainRefusal(live.content(click));
        assertThat(live.core.dump()).isEqualTo(before);
    }

    @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
    void menu_values_the_question_does_not_offer_change_nothing(@ForAll("unofferedValues") List<String> values,
                                                                 @ForAll("menuSuffixes") String suffix) {
        String before = live.core.dump();
        Interaction pick = live.discord.select(alice.who(), alice.messageId(),
                "m:" + alice.runId() + ":" + first.id() + suffix, values);
        assertPlainRefusal(live.content(pick));
        assertThat(live.core.dump()).isEqualTo(before);
    }

    // ---- slash commands with options Discord would not send for the registered command ----

    @Property(tries = 50, shrinking = ShrinkingMode.BOUNDED)
    void a_slash_command_with_hostile_options_changes_nothing(@ForAll("hostileSlash") HostileSlash slash) {
        String before = live.core.dump();
        Interaction command = live.discord.slashWithOptions(slash.who(), slash.subcommand(), slash.options());
        assertPlainRefusalOrHelp(live.content(command));
        assertThat(live.core.dump()).isEqualTo(before);
    }

    // ---- another guild's codes ----

    @Property(tries = 14)
    void another_guilds_code_is_answered_exactly_like_an_unknown_code(@ForAll("codeUses") CodeUse use,
                                                                        @ForAll("unknownCodes") String unknown) {
        String before = live.core.dump();
        String forTheirs = live.content(use.send(live, otherGuildCode));
        String forNone = live.content(use.send(live, unknown));
        assertThat(forTheirs).isEqualTo(forNone);
        assertPlainRefusal(forTheirs);
        assertThat(live.core.dump()).isEqualTo(before);
    }

    // ---- assertions ----

    static void assertPlainRefusal(String content) {
        assertNoStackTrace(content);
        assertThat(REFUSALS).as("a known refusal in: %s", content).anyMatch(content::contains);
    }

    static void assertPlainRefusalOrHelp(String content) {
        assertNoStackTrace(content);
        if (!content.equals(InteractionHandler.help()) && !content.startsWith("# Trends across all answers")) {
            assertThat(REFUSALS).as("a known refusal in: %s", content).anyMatch(content::contains);
        }
    }

    static void assertNoStackTrace(String content) {
        assertThat(content).isNotBlank().doesNotContain("Exception", "\tat ", "at dev.mlsec", "at net.dv8tion", "at java.");
    }

    // ---- generators ----

    /** One routing part: operator keys, dotted paths, Unicode oddities, numbers of every size. */
    @Provide
    static Arbitrary<String> hostileParts() {
        return Arbitraries.oneOf(
                Arbitraries.of("$where", "$set", "answers.x", "a.b", "$gt", "{\"$ne\":null}", "__proto__", " ", "\u0000",
                        "\u202Eevil", "\u200B", "-1", "0", "1", "-2147483648", "99999999999999999999", "1e309", "NaN",
                        "ｓｅｃｕｒｉｔｙ", "SECURITY", "security\n", "threat-modelling\u200B", "\uD83D\uDCA5", "\uD800",
                        "%00", "../..", "<script>", "@everyone"),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().withChars("$.{}[]\"'\\").ofMinLength(1).ofMaxLength(10),
                Arbitraries.longs().map(String::valueOf));
    }

    @Provide
    Arbitrary<String> hostileCustomIds() {
        Set<String> questionIds = security.questions().stream().map(Question::id).collect(Collectors.toSet());
        Set<String> optionIds = first.options().stream().map(Option::id).collect(Collectors.toSet());
        Set<String> questionnaireIds = live.core.questionnaires().stream().map(Questionnaire::id).collect(Collectors.toSet());
        Arbitrary<String> part = hostileParts();
        Arbitrary<String> notAQuestion = part.filter(p -> !questionIds.contains(p));
        String run = alice.runId();
        String option = first.options().get(0).id();
        return Arbitraries.oneOf(
                // random, overlong, empty
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(120),
                Arbitraries.strings().alpha().ofMinLength(101).ofMaxLength(400),
                Arbitraries.of("", ":", "a", "a:", "a::::", "q::", "p", "zz:not:ours"),
                // any kind, any parts
                Combinators.combine(Arbitraries.of("a", "m", "d", "k", "b", "w", "p", "q", "$where", "a.b", "A"),
                        part.list().ofMaxSize(5)).as((kind, parts) -> kind + ":" + String.join(":", parts)),
                // the right prefix, garbage after it
                notAQuestion.map(q -> "a:" + run + ":" + q + ":" + option),
                part.filter(o -> !optionIds.contains(o)).map(o -> "a:" + run + ":" + first.id() + ":" + o),
                Combinators.combine(Arbitraries.of("d", "k", "b", "w"), notAQuestion).as((kind, q) -> kind + ":" + run + ":" + q),
                part.map(s -> "a:" + s + ":" + first.id() + ":" + option),
                part.map(s -> "p:" + s),
                part.map(extra -> "p:" + run + ":" + extra),
                // starting: garbage codes and questionnaires, another guild's code
                part.map(c -> "q:" + c + ":security"),
                part.filter(q -> !questionnaireIds.contains(q)).map(q -> "q:" + ours.code() + ":" + q),
                Arbitraries.of("q:" + otherGuildCode + ":security", "q:" + otherGuildCode.toLowerCase() + ":risk-impact"));
    }

    @Provide
    Arbitrary<List<String>> unofferedValues() {
        Set<String> optionIds = first.options().stream().map(Option::id).collect(Collectors.toSet());
        List<String> offered = first.options().stream().map(Option::id).toList();
        Arbitrary<String> notOffered = hostileParts().filter(v -> !optionIds.contains(v));
        return Arbitraries.oneOf(
                Arbitraries.just(List.of()),
                notOffered.list().ofMinSize(1).ofMaxSize(30),
                Combinators.combine(Arbitraries.of(offered), notOffered).as((good, bad) -> List.of(good, bad)),
                Arbitraries.of(offered).map(good -> List.of(good, good)),
                Arbitraries.just(offered));
    }

    @Provide
    Arbitrary<String> menuSuffixes() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(":1", ":-1", ":0", ":99999999999999999999"),
                hostileParts().filter(p -> p.indexOf(':') < 0).map(p -> ":" + p));
    }

    /** A slash command someone sends, with options of any name, type and value. */
    record HostileSlash(Actor who, String subcommand, DataArray options) {
        @Override
        public String toString() {
            return subcommand + " by " + (who.inGuild() ? who.guildId() + "/" + who.permissions() : "DM") + " " + options;
        }
    }

    @Provide
    Arbitrary<HostileSlash> hostileSlash() {
        Set<String> questionnaireIds = live.core.questionnaires().stream().map(Questionnaire::id).collect(Collectors.toSet());
        Arbitrary<String> values = Arbitraries.oneOf(hostileParts(),
                Arbitraries.strings().alpha().ofMinLength(6001).ofMaxLength(7000),
                Arbitraries.of("true", "false", "", "csv", "json")).filter(v -> !questionnaireIds.contains(v));
        Arbitrary<DataObject> option = Combinators.combine(
                Arbitraries.of("name", "questionnaire", "code", "share", "format", "$where", "a.b", ""),
                Arbitraries.of(3, 4, 5, 10, 6, 7, 8, 11),
                values).as((name, type, value) -> DataObject.empty().put("name", name).put("type", type).put("value", value));
        Arbitrary<DataArray> options = option.list().ofMaxSize(4).map(DataArray::fromCollection);
        Arbitrary<String> subcommands = Arbitraries.oneOf(
                Arbitraries.of("start", "resume", "report", "status", "export", "trends", "help", "share", "$where", ""),
                Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(40));
        Arbitrary<HostileSlash> anyButNew = Combinators.combine(Arbitraries.of(strangers), subcommands, options)
                .as(HostileSlash::new);
        // a lead's /mlsec new with a name that must be refused; anyone else's is refused as not a lead
        Arbitrary<String> badNames = Arbitraries.oneOf(Arbitraries.of("", "   ", "\u0000", "bad\u202Ename", "zero\u200Bwidth",
                        "tab\tname\u0007"), Arbitraries.strings().alpha().ofMinLength(81).ofMaxLength(7000));
        Arbitrary<HostileSlash> leadNew = badNames.map(name -> new HostileSlash(lead, "new",
                DataArray.empty().add(DataObject.empty().put("name", "name").put("type", 3).put("value", name))));
        Arbitrary<HostileSlash> othersNew = Combinators.combine(Arbitraries.of(strangers.subList(0, 3)), options)
                .as((who, opts) -> new HostileSlash(who, "new", opts));
        // a stale registration could send share as text or a number
        Arbitrary<HostileSlash> wrongShare = Combinators.combine(Arbitraries.of(3, 4, 10), Arbitraries.of("yes", "1", "true", "x"))
                .as((type, value) -> new HostileSlash(lead, "report", DataArray.empty()
                        .add(DataObject.empty().put("name", "code").put("type", 3).put("value", "ZZZ-ZZZZZ"))
                        .add(DataObject.empty().put("name", "share").put("type", type).put("value", value))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, anyButNew),
                net.jqwik.api.Tuple.of(2, leadNew),
                net.jqwik.api.Tuple.of(1, othersNew),
                net.jqwik.api.Tuple.of(1, wrongShare));
    }

    /** A way of using an assessment code: a command or a button, by someone of this guild or in a DM. */
    enum CodeUse {
        START_BY_A_MEMBER, START_BUTTON_BY_A_MEMBER, START_IN_A_DM, START_BUTTON_IN_A_DM,
        REPORT_BY_A_LEAD, STATUS_BY_A_LEAD, EXPORT_BY_A_LEAD;

        Interaction send(LiveBot live, String code) {
            FakeDiscord discord = live.discord;
            switch (this) {
                case START_BY_A_MEMBER:
                    return discord.slash(live.member(), "start", Map.of("questionnaire", "security", "code", code));
                case START_BUTTON_BY_A_MEMBER:
                    return discord.button(live.member(), ours.messageId(), "q:" + code + ":security");
                case START_IN_A_DM:
                    return discord.slash(live.dm(), "start", Map.of("questionnaire", "attack-surface", "code", code));
                case START_BUTTON_IN_A_DM:
                    return discord.button(live.dm(), ours.messageId(), "q:" + code + ":risk-impact");
                case REPORT_BY_A_LEAD:
                    return discord.slash(live.lead(), "report", Map.of("code", code));
                case STATUS_BY_A_LEAD:
                    return discord.slash(live.lead(), "status", Map.of("code", code));
                default:
                    return discord.slash(live.lead(), "export", Map.of("code", code));
            }
        }
    }

    @Provide
    Arbitrary<CodeUse> codeUses() {
        return Arbitraries.of(CodeUse.class);
    }

    /** Well-formed codes that no assessment has. */
    @Provide
    Arbitrary<String> unknownCodes() {
        return Combinators.combine(Arbitraries.strings().withChars("ABCDEFGHJKMNPQRSTUVWXYZ").ofLength(3),
                        Arbitraries.strings().withChars("23456789ABCDEFGHJKMNPQRSTUVWXYZ").ofLength(5))
                .as((a, b) -> a + "-" + b)
                .filter(code -> live.core.assessments().findAnywhere(code).isEmpty());
    }

    /** Something worth delivering twice: each changes the store the first time. */
}
