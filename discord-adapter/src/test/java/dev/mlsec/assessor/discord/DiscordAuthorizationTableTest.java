package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.discord.LiveBot.Root;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, through the real JDA and bot: every {@code /mlsec} subcommand and every button or
 * menu action, for a lead (Manage Server, Administrator, or the configured lead role), a plain member,
 * someone of another guild using this guild's assessment code, and someone in a DM.
 *
 * <p>The command is registered for every member; the bot itself refuses lead-only subcommands. A
 * refusal is private and changes nothing in the store.
 */
class DiscordAuthorizationTableTest {

    static LiveBot live;
    static Root root;

    @BeforeAll
    static void start() {
        live = LiveBot.start();
        root = live.newAssessment(live.lead(), "Authorization table");
    }

    @AfterAll
    static void stop() {
        if (live != null) {
            live.close();
        }
    }

    // ---- who ----

    enum Who {
        LEAD(LiveBot::lead), ADMINISTRATOR(LiveBot::administrator), ROLE_LEAD(LiveBot::roleLead), MEMBER(LiveBot::member),
        MEMBER_WITH_ANOTHER_ROLE(LiveBot::memberWithOtherRole), OTHER_GUILDS_LEAD(LiveBot::otherGuildLead),
        OTHER_GUILDS_MEMBER(LiveBot::otherGuildMember), DM(LiveBot::dm);

        private final Function<LiveBot, Actor> make;

        Who(Function<LiveBot, Actor> make) {
            this.make = make;
        }

        Actor someone() {
            return make.apply(live);
        }
    }

    // ---- what they see ----

    /** An outcome: what the reply says, whether only the asker sees it, whether the store may change. */
    enum Outcome {
        CREATED(false, true), FIRST_QUESTION(true, true), REPORT(true, false), STATUS(true, false),
        EXPORT_WITHHELD_BELOW_K(true, false), TRENDS(true, false), HELP(true, false),
        NOT_A_LEAD(true, false), NOT_IN_DMS(true, false), UNKNOWN_CODE(true, false), UNKNOWN_CODE_TO_JOIN(true, false),
        CODE_NEEDS_SERVER(true, false), NAME_REFUSED(true, false);

        final boolean onlyTheAskerSees;
        final boolean mayChangeTheStore;

        Outcome(boolean onlyTheAskerSees, boolean mayChangeTheStore) {
            this.onlyTheAskerSees = onlyTheAskerSees;
            this.mayChangeTheStore = mayChangeTheStore;
        }

        void check(String shown) {
            switch (this) {
                case CREATED -> assertThat(shown).isEqualTo("ML security assessment: Table");
                case FIRST_QUESTION -> assertThat(shown).contains("Question 1 of");
                case REPORT -> assertThat(shown).isEqualTo("Risk report: Authorization table (" + root.code() + ")");
                case STATUS -> assertThat(shown).startsWith("Completed so far: ");
                case EXPORT_WITHHELD_BELOW_K -> assertThat(shown).startsWith("Not exported yet: ");
                case TRENDS -> assertThat(shown).startsWith("# Trends across all answers");
                case HELP -> assertThat(shown).isEqualTo(InteractionHandler.help());
                case NOT_A_LEAD -> assertThat(shown).isEqualTo(InteractionHandler.NOT_A_LEAD);
                case NOT_IN_DMS -> assertThat(shown).isEqualTo(InteractionHandler.NOT_IN_DMS);
                case UNKNOWN_CODE -> assertThat(shown).isEqualTo(AssessorException.unknownCode().getMessage());
                case NAME_REFUSED -> assertThat(shown).isEqualTo("Give the ML system a name, e.g. \"fraud model v3\".");
                case UNKNOWN_CODE_TO_JOIN -> assertThat(shown).isEqualTo(
                        "I don't know that assessment code. Check it with whoever invited you (it looks like ABC-7K2QX).");
                default -> assertThat(shown).isEqualTo(InteractionHandler.CODE_NEEDS_SERVER);
            }
        }
    }

    // ---- slash commands ----

    static Stream<Arguments> slashRows() {
        return Stream.of(
                row("a member with Manage Server may create an assessment", Who.LEAD, "new", Map.of("name", "Table"), Outcome.CREATED),
                row("an administrator may create an assessment", Who.ADMINISTRATOR, "new", Map.of("name", "Table"), Outcome.CREATED),
                row("a member with the lead role may create an assessment", Who.ROLE_LEAD, "new", Map.of("name", "Table"), Outcome.CREATED),
                row("a plain member may not create an assessment", Who.MEMBER, "new", Map.of("name", "Table"), Outcome.NOT_A_LEAD),
                row("a lead's assessment without a name is refused, to the lead only", Who.LEAD, "new", Map.of("name", "   "),
                        Outcome.NAME_REFUSED),
                row("a member with a role other than the lead role may not create an assessment", Who.MEMBER_WITH_ANOTHER_ROLE, "new",
                        Map.of("name", "Table"), Outcome.NOT_A_LEAD),
                row("someone in a DM may not create an assessment", Who.DM, "new", Map.of("name", "Table"), Outcome.NOT_IN_DMS),

                row("a lead may answer a questionnaire of the guild's assessment", Who.LEAD, "start", startOurs(), Outcome.FIRST_QUESTION),
                row("a member with the lead role may answer a questionnaire of the guild's assessment", Who.ROLE_LEAD, "start", startOurs(),
                        Outcome.FIRST_QUESTION),
                row("a plain member may answer a questionnaire of the guild's assessment", Who.MEMBER, "start", startOurs(),
                        Outcome.FIRST_QUESTION),
                row("a member of another guild may not join this guild's assessment by its code", Who.OTHER_GUILDS_MEMBER, "start",
                        startOurs(), Outcome.UNKNOWN_CODE_TO_JOIN),
                row("a lead of another guild may not join this guild's assessment by its code", Who.OTHER_GUILDS_LEAD, "start",
                        startOurs(), Outcome.UNKNOWN_CODE_TO_JOIN),
                row("someone in a DM may not join an assessment by its code", Who.DM, "start", startOurs(), Outcome.CODE_NEEDS_SERVER),
                row("a plain member may answer a questionnaire on their own", Who.MEMBER, "start", Map.of("questionnaire", "security"),
                        Outcome.FIRST_QUESTION),
                row("a member of another guild may answer a questionnaire on their own", Who.OTHER_GUILDS_MEMBER, "start",
                        Map.of("questionnaire", "security"), Outcome.FIRST_QUESTION),
                row("someone in a DM may answer a questionnaire on their own", Who.DM, "start", Map.of("questionnaire", "security"),
                        Outcome.FIRST_QUESTION),

                row("a lead may read the report of the guild's assessment", Who.LEAD, "report", code(), Outcome.REPORT),
                row("an administrator may read the report of the guild's assessment", Who.ADMINISTRATOR, "report", code(), Outcome.REPORT),
                row("a member with the lead role may read the report of the guild's assessment", Who.ROLE_LEAD, "report", code(),
                        Outcome.REPORT),
                row("a plain member may not read a report", Who.MEMBER, "report", code(), Outcome.NOT_A_LEAD),
                row("a member with a role other than the lead role may not read a report", Who.MEMBER_WITH_ANOTHER_ROLE, "report", code(),
                        Outcome.NOT_A_LEAD),
                row("a lead of another guild is told this guild's code is unknown when asking for its report", Who.OTHER_GUILDS_LEAD,
                        "report", code(), Outcome.UNKNOWN_CODE),
                row("a plain member of another guild may not read a report", Who.OTHER_GUILDS_MEMBER, "report", code(),
                        Outcome.NOT_A_LEAD),
                row("someone in a DM may not read a report", Who.DM, "report", code(), Outcome.NOT_IN_DMS),

                row("a lead may read the status of the guild's assessment", Who.LEAD, "status", code(), Outcome.STATUS),
                row("a member with the lead role may read the status of the guild's assessment", Who.ROLE_LEAD, "status", code(),
                        Outcome.STATUS),
                row("a plain member may not read the status", Who.MEMBER, "status", code(), Outcome.NOT_A_LEAD),
                row("a lead of another guild is told this guild's code is unknown when asking for its status", Who.OTHER_GUILDS_LEAD,
                        "status", code(), Outcome.UNKNOWN_CODE),
                row("someone in a DM may not read the status", Who.DM, "status", code(), Outcome.NOT_IN_DMS),

                row("a lead may export the guild's assessment once enough answered", Who.LEAD, "export", code(),
                        Outcome.EXPORT_WITHHELD_BELOW_K),
                row("a member with the lead role may export the guild's assessment once enough answered", Who.ROLE_LEAD, "export", code(),
                        Outcome.EXPORT_WITHHELD_BELOW_K),
                row("a plain member may not export answers", Who.MEMBER, "export", code(), Outcome.NOT_A_LEAD),
                row("a lead of another guild is told this guild's code is unknown when exporting it", Who.OTHER_GUILDS_LEAD, "export",
                        code(), Outcome.UNKNOWN_CODE),
                row("someone in a DM may not export answers", Who.DM, "export", code(), Outcome.NOT_IN_DMS),

                row("a lead may read the trends", Who.LEAD, "trends", Map.of(), Outcome.TRENDS),
                row("a member with the lead role may read the trends", Who.ROLE_LEAD, "trends", Map.of(), Outcome.TRENDS),
                row("a lead of another guild may read the trends, which are anonymised across every space", Who.OTHER_GUILDS_LEAD,
                        "trends", Map.of(), Outcome.TRENDS),
                row("a plain member may not read the trends", Who.MEMBER, "trends", Map.of(), Outcome.NOT_A_LEAD),
                row("someone in a DM may not read the trends", Who.DM, "trends", Map.of(), Outcome.NOT_IN_DMS),

                row("a lead may read the help", Who.LEAD, "help", Map.of(), Outcome.HELP),
                row("a plain member may read the help", Who.MEMBER, "help", Map.of(), Outcome.HELP),
                row("a member of another guild may read the help", Who.OTHER_GUILDS_MEMBER, "help", Map.of(), Outcome.HELP),
                row("someone in a DM may read the help", Who.DM, "help", Map.of(), Outcome.HELP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slashRows")
    void slash_command(String sentence, Who who, String subcommand, Map<String, String> options, Outcome outcome) {
        Actor actor = who.someone();
        String before = live.core.dump();
        Interaction command = live.discord.slash(actor, subcommand, resolve(options));
        outcome.check(live.content(command));
        assertThat(live.discord.ephemeral(command)).as("only the asker sees it").isEqualTo(outcome.onlyTheAskerSees);
        if (!outcome.mayChangeTheStore) {
            assertThat(live.core.dump()).isEqualTo(before);
        }
        if (outcome == Outcome.CREATED) {
            // the bot stores where the new message is once it is posted; no later row should see that write
            live.core.assessments().ofSpace(new Space(Platform.DISCORD, LiveBot.GUILD), 100)
                    .forEach(a -> live.awaitLocation(a.code()));
        }
    }

    @Test
    void a_member_resumes_their_own_unfinished_run() {
        LiveBot.Run run = live.startRun(live.member(), root, "attack-surface");
        Interaction resume = live.discord.slash(run.who(), "resume", Map.of());
        assertThat(live.content(resume)).contains("Welcome back: resuming where you left off.", "Question 1 of");
    }

    @Test
    void a_member_cannot_resume_someone_elses_run() {
        live.startRun(live.member(), root, "attack-surface");
        String before = live.core.dump();
        Interaction resume = live.discord.slash(live.member(), "resume", Map.of());
        assertThat(live.content(resume)).isEqualTo("You have no unfinished questionnaire to resume. Start one to begin.");
        assertThat(live.core.dump()).isEqualTo(before);
    }

    @Test
    void a_guild_run_cannot_be_resumed_from_a_dm_by_the_same_person() {
        LiveBot.Run run = live.startRun(live.member(), root, "attack-surface");
        Interaction resume = live.discord.slash(FakeDiscord.dmUser(run.who().userId()), "resume", Map.of());
        assertThat(live.content(resume)).isEqualTo("You have no unfinished questionnaire to resume. Start one to begin.");
    }

    // ---- autocomplete of assessment codes ----

    static Stream<Arguments> autocompleteRows() {
        return Stream.of(
                Arguments.of("a lead is offered the guild's assessments when typing a code", Who.LEAD, "report", true),
                Arguments.of("a member with the lead role is offered the guild's assessments", Who.ROLE_LEAD, "status", true),
                Arguments.of("a lead is offered the guild's assessments when starting with a code", Who.LEAD, "start", true),
                Arguments.of("a plain member is offered no assessments when starting with a code", Who.MEMBER, "start", false),
                Arguments.of("a plain member is offered no assessments for a lead's subcommand", Who.MEMBER, "report", false),
                Arguments.of("a lead of another guild is offered none of this guild's assessments", Who.OTHER_GUILDS_LEAD, "report",
                        false),
                Arguments.of("someone in a DM is offered no assessments", Who.DM, "start", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("autocompleteRows")
    void autocomplete(String sentence, Who who, String subcommand, boolean offered) {
        Interaction typed = live.discord.autocomplete(who.someone(), subcommand, "");

        String choices = live.discord.callback(typed).body().getObject("data").getArray("choices").toString();

        if (offered) {
            assertThat(choices).contains(root.code(), "Authorization table");
        } else {
            assertThat(choices).isEqualTo("[]");
        }
    }

    // ---- the buttons of an assessment's message ----

    static Stream<Arguments> startButtonRows() {
        return Stream.of(
                Arguments.of("a lead may start a questionnaire from the assessment's message", Who.LEAD, Outcome.FIRST_QUESTION),
                Arguments.of("a plain member may start a questionnaire from the assessment's message", Who.MEMBER,
                        Outcome.FIRST_QUESTION),
                Arguments.of("a member of another guild may not start a questionnaire of this guild's assessment",
                        Who.OTHER_GUILDS_MEMBER, Outcome.UNKNOWN_CODE_TO_JOIN),
                Arguments.of("a lead of another guild may not start a questionnaire of this guild's assessment",
                        Who.OTHER_GUILDS_LEAD, Outcome.UNKNOWN_CODE_TO_JOIN),
                Arguments.of("someone in a DM may not start a questionnaire of an assessment", Who.DM, Outcome.CODE_NEEDS_SERVER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("startButtonRows")
    void start_button(String sentence, Who who, Outcome outcome) {
        String before = live.core.dump();
        Interaction click = live.discord.button(who.someone(), root.messageId(), "q:" + root.code() + ":security");
        outcome.check(live.content(click));
        assertThat(live.discord.ephemeral(click)).isTrue();
        if (!outcome.mayChangeTheStore) {
            assertThat(live.core.dump()).isEqualTo(before);
        }
    }

    // ---- the buttons and menus of a run ----

    /** A click on a run that has answered its first question and now shows the second. */
    enum Action {
        ANSWER("answer a question", "Question 3 of"),
        MENU("choose from a menu", "Question 3 of"),
        DONT_KNOW("answer don't know", "Question 3 of"),
        SKIP("skip a question", "This question can't be skipped"),
        BACK("go back a question", "Back one question."),
        WHY("ask why a question matters", "**Why this matters:**"),
        PAUSE("pause", "Your 1 answer(s) are kept");

        final String phrase;
        final String ownerSees;

        Action(String phrase, String ownerSees) {
            this.phrase = phrase;
            this.ownerSees = ownerSees;
        }

        String customId(String run, String question, String option) {
            switch (this) {
                case ANSWER:
                    return "a:" + run + ":" + question + ":" + option;
                case MENU:
                    return "m:" + run + ":" + question;
                case DONT_KNOW:
                    return "d:" + run + ":" + question;
                case SKIP:
                    return "k:" + run + ":" + question;
                case BACK:
                    return "b:" + run + ":" + question;
                case WHY:
                    return "w:" + run + ":" + question;
                default:
                    return "p:" + run;
            }
        }
    }

    /** Who clicks on a run: the one who started it, or someone else holding its ids. */
    enum Clicker {
        OWNER("the member who started it"), SAME_GUILDS_MEMBER("another member of the guild"),
        SAME_GUILDS_LEAD("a lead of the guild"), OTHER_GUILDS_MEMBER("a member of another guild"),
        OWNER_IN_A_DM("the same person in a DM");

        final String phrase;

        Clicker(String phrase) {
            this.phrase = phrase;
        }

        Actor who(Actor owner) {
            switch (this) {
                case OWNER:
                    return owner;
                case SAME_GUILDS_MEMBER:
                    return live.member();
                case SAME_GUILDS_LEAD:
                    return live.lead();
                case OTHER_GUILDS_MEMBER:
                    return live.otherGuildMember();
                default:
                    return FakeDiscord.dmUser(owner.userId());
            }
        }
    }

    static Stream<Arguments> runRows() {
        Stream.Builder<Arguments> rows = Stream.builder();
        for (Action action : Action.values()) {
            for (Clicker clicker : Clicker.values()) {
                String sentence = clicker == Clicker.OWNER
                        ? "the member who started a run may " + action.phrase + " in it"
                        : clicker.phrase + " may not " + action.phrase + " in someone else's run";
                rows.add(Arguments.of(sentence, action, clicker));
            }
        }
        return rows.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runRows")
    void run_action(String sentence, Action action, Clicker clicker) {
        LiveBot.Run run = live.startRun(live.member(), root, "security");
        Interaction first = live.discord.button(run.who(), run.messageId(), run.firstCustomId());
        String second = LiveBot.customIds(live.discord.awaitShown(first)).get(0);
        String question = second.split(":")[2];
        String option = second.split(":")[3];
        String customId = action.customId(run.runId(), question, option);
        Actor who = clicker.who(run.who());

        String before = live.core.dump();
        Interaction click = action == Action.MENU
                ? live.discord.select(who, run.messageId(), customId, List.of(option))
                : live.discord.button(who, run.messageId(), customId);
        String shown = live.content(click);

        if (clicker == Clicker.OWNER) {
            assertThat(shown).contains(action.ownerSees);
        } else {
            assertThat(shown).isEqualTo(
                    "I can't find that questionnaire run. It may have been abandoned or removed; start a new one to continue.");
            assertThat(live.core.dump()).isEqualTo(before);
        }
    }

    // ---- rows ----

    private static Arguments row(String sentence, Who who, String subcommand, Map<String, String> options, Outcome outcome) {
        return Arguments.of(sentence, who, subcommand, options, outcome);
    }

    /** Options naming this guild's assessment; its code is only known once the table runs. */
    private static final String CODE = "<code>";

    private static Map<String, String> code() {
        return Map.of("code", CODE);
    }

    private static Map<String, String> startOurs() {
        return Map.of("questionnaire", "risk-impact", "code", CODE);
    }

    private static Map<String, String> resolve(Map<String, String> options) {
        Map<String, String> resolved = new java.util.LinkedHashMap<>();
        options.forEach((name, value) -> resolved.put(name, value.equals(CODE) ? root.code() : value));
        return resolved;
    }
}
