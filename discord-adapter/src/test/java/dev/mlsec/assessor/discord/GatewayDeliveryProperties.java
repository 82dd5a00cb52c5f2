package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.discord.LiveBot.Root;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * How deliveries arrive, through the fake gateway to the real JDA and bot: the same interaction twice
 * (a replayed gateway event), clicks in another order than they were made, and payloads JDA cannot
 * read. None changes the store more than once, none breaks a run, none stops the bot.
 */
class GatewayDeliveryProperties {

    private static LiveBot live;
    private static Root ours;
    private static LiveBot.Run alice;
    private static Question first;
    private static List<Step> steps;

    @BeforeContainer
    static void start() {
        live = LiveBot.start();
        ours = live.newAssessment(live.lead(), "Deliveries");
        alice = live.startRun(live.member(), ours, "security");
        first = live.core.questionnaires().stream().filter(q -> q.id().equals("security")).findFirst().orElseThrow()
                .questions().get(0);
        steps = scout(4);
    }

    @AfterContainer
    static void stop() {
        if (live != null) {
            live.close();
        }
    }

    // ---- replayed and reordered deliveries ----

    @Property(tries = 6)
    void a_replayed_interaction_is_acted_on_once(@ForAll Replayable kind) {
        Actor who = kind == Replayable.NEW_ASSESSMENT ? live.lead() : live.member();
        Interaction original = kind.send(live, who, ours);
        live.content(original);
        if (kind == Replayable.NEW_ASSESSMENT) {
            live.discord.await(r -> r.is("GET", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/" + original.token() + "/messages/@original"));
            live.core.assessments().ofSpace(new Space(Platform.DISCORD, LiveBot.GUILD), 100).forEach(
                    a -> live.awaitLocation(a.code()));
        }
        live.settle(who);
        String before = live.core.dump();
        int requests = live.discord.requestsOf(original).size();

        live.discord.replay(original);
        live.settle(who);

        assertThat(live.core.dump()).isEqualTo(before);
        assertThat(live.discord.requestsOf(original)).hasSize(requests);
    }

    @Property(tries = 6)
    void answers_delivered_out_of_order_are_kept_only_when_their_question_is_the_current_one(
            @ForAll("deliveryOrders") List<Integer> order) {
        LiveBot.Run run = live.startRun(live.member(), ours, "security");
        int applied = 0;
        for (int index : order) {
            Step step = steps.get(index);
            String before = live.core.dump();
            String shown = live.content(step.send(live, run));
            if (index == applied) {
                applied++;
            } else {
                assertThat(shown).contains("That question was already answered; here is where you are now.");
                assertThat(live.core.dump()).isEqualTo(before);
            }
        }
        var answers = live.core.runs().find(run.runId()).orElseThrow().answers();
        for (int i = 0; i < steps.size(); i++) {
            assertThat(answers.hasAnswered(steps.get(i).questionId())).as("question %d answered", i).isEqualTo(i < applied);
        }
    }

    // ---- payloads JDA cannot read ----

    /**
     * A gateway payload with a field missing or of the wrong type is dropped by JDA (Discord never sends
     * one, so nobody waits for an answer) or, when JDA can still read it, answered plainly. Either way the
     * store is unchanged, no log line names the person, and the bot answers the next interaction.
     */
    @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
    void a_malformed_gateway_payload_changes_nothing_logs_no_one_and_the_bot_answers_the_next_interaction(
            @ForAll("mutations") Mutation mutation) {
        Actor someone = live.member();
        DataObject payload = mutation.apply(live.discord.framed(someone, mutation.base().type(), mutation.base().data(alice),
                mutation.base().onMessage() ? alice.messageId() : null));
        String before = live.core.dump();
        try (LogCapture logs = LogCapture.start()) {
            live.discord.dispatchRaw("INTERACTION_CREATE", payload);
            Actor next = live.member();
            Interaction help = live.discord.slash(next, "help", Map.of());
            assertThat(live.content(help)).isEqualTo(InteractionHandler.help());
            assertThat(logs.lines()).noneMatch(line -> line.contains(someone.userId()) || line.contains("user" + someone.userId()
                    .substring(someone.userId().length() - 4)) || line.contains("general"));
        }
        assertThat(live.core.dump()).isEqualTo(before);
    }

    /** An interaction Discord could send, before it is broken: a command, a click, a menu choice; none changes the store. */
    enum Base {
        HELP(2, false), UNKNOWN_BUTTON(3, true), WHY_ON_ALICES_RUN(3, true), UNOFFERED_MENU_VALUE(3, true);

        private final int type;
        private final boolean onMessage;

        Base(int type, boolean onMessage) {
            this.type = type;
            this.onMessage = onMessage;
        }

        int type() {
            return type;
        }

        boolean onMessage() {
            return onMessage;
        }

        DataObject data(LiveBot.Run run) {
            switch (this) {
                case HELP:
                    return DataObject.empty().put("id", "800000000000000001").put("name", "mlsec").put("type", 1)
                            .put("options", DataArray.empty().add(DataObject.empty().put("name", "help").put("type", 1)
                                    .put("options", DataArray.empty())));
                case UNKNOWN_BUTTON:
                    return DataObject.empty().put("custom_id", "zz:not:ours").put("component_type", 2);
                case WHY_ON_ALICES_RUN:
                    // someone else's run: refused whoever asks
                    return DataObject.empty().put("custom_id", "w:" + run.runId() + ":" + first.id()).put("component_type", 2);
                default:
                    return DataObject.empty().put("custom_id", "m:" + run.runId() + ":" + first.id()).put("component_type", 3)
                            .put("values", DataArray.empty().add("$where"));
            }
        }
    }

    /** A field of the payload removed, or given a value of another type. */
    record Mutation(Base base, List<String> path, Object value, boolean remove) {
        DataObject apply(DataObject payload) {
            DataObject parent = payload;
            for (String key : path.subList(0, path.size() - 1)) {
                if (!parent.hasKey(key) || parent.isNull(key) || !(parent.get(key) instanceof Map || parent.get(key) instanceof DataObject)) {
                    return payload;
                }
                parent = parent.getObject(key);
            }
            String last = path.get(path.size() - 1);
            if (remove) {
                parent.remove(last);
            } else {
                parent.put(last, value);
            }
            return payload;
        }

        @Override
        public String toString() {
            return base + " with " + String.join(".", path) + (remove ? " removed" : " = " + value);
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<List<String>> paths = Arbitraries.of(
                List.of("id"), List.of("type"), List.of("token"), List.of("data"), List.of("application_id"), List.of("version"),
                List.of("channel_id"), List.of("channel"), List.of("channel", "type"), List.of("channel", "id"), List.of("guild_id"),
                List.of("guild"), List.of("member"), List.of("member", "user"), List.of("member", "user", "id"),
                List.of("member", "permissions"), List.of("member", "roles"), List.of("app_permissions"), List.of("context"),
                List.of("authorizing_integration_owners"), List.of("message"), List.of("message", "id"), List.of("locale"),
                List.of("data", "custom_id"), List.of("data", "component_type"), List.of("data", "values"), List.of("data", "name"),
                List.of("data", "options"), List.of("data", "type"));
        Arbitrary<Object> values = Arbitraries.of("", "abc", -1, "99999999999999999999999", true, 3.5,
                DataObject.empty(), DataArray.empty(), DataArray.empty().add("x").add(7));
        return Combinators.combine(Arbitraries.of(Base.class), paths, values, Arbitraries.of(true, false))
                .as(Mutation::new);
    }

    enum Replayable {
        NEW_ASSESSMENT, START_BUTTON, SLASH_START, ANSWER, DONT_KNOW, PAUSE;

        Interaction send(LiveBot live, Actor who, Root root) {
            switch (this) {
                case NEW_ASSESSMENT:
                    return live.discord.slash(who, "new", Map.of("name", "Replayed"));
                case START_BUTTON:
                    return live.discord.button(who, root.messageId(), "q:" + root.code() + ":security");
                case SLASH_START:
                    return live.discord.slash(who, "start", Map.of("questionnaire", "risk-impact", "code", root.code()));
                default:
                    break;
            }
            LiveBot.Run run = live.startRun(who, root, "security");
            String question = run.firstCustomId().split(":")[2];
            if (this == ANSWER) {
                return live.discord.button(who, run.messageId(), run.firstCustomId());
            }
            if (this == DONT_KNOW) {
                return live.discord.button(who, run.messageId(), "d:" + run.runId() + ":" + question);
            }
            return live.discord.button(who, run.messageId(), "p:" + run.runId());
        }
    }

    @Provide
    Arbitrary<List<Integer>> deliveryOrders() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            indexes.add(i);
        }
        return Arbitraries.shuffle(indexes);
    }

    /** One answer of a run answered straight through: the question and the options chosen. */
    record Step(String questionId, List<String> optionIds) {
        Interaction send(LiveBot live, LiveBot.Run run) {
            if (optionIds.size() == 1) {
                return live.discord.button(run.who(), run.messageId(),
                        "a:" + run.runId() + ":" + questionId + ":" + optionIds.get(0));
            }
            return live.discord.select(run.who(), run.messageId(), "m:" + run.runId() + ":" + questionId, optionIds);
        }
    }

    /** The first questions of the security questionnaire and their first answers, as the engine asks them. */
    private static List<Step> scout(int count) {
        Respondent scout = new Respondent(Platform.DISCORD, "scout-space", "scout");
        Reply reply = live.core.engine().handle(scout, new Command.Start("security", Optional.empty()));
        List<Step> found = new ArrayList<>();
        while (found.size() < count && reply instanceof Reply.Prompt prompt) {
            Question question = prompt.question();
            int min = Math.max(1, question.kind().minSelections());
            List<String> chosen = question.options().stream().filter(o -> !o.dontKnow()).limit(min).map(Option::id).toList();
            found.add(new Step(question.id(), chosen));
            reply = live.core.engine().handle(scout, new Command.Answer(prompt.run().runId(), question.id(), chosen));
        }
        assertThat(found).hasSize(count);
        return List.copyOf(found);
    }
}

