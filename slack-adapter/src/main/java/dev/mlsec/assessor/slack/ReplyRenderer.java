package dev.mlsec.assessor.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.StaticSelectElement;
import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders every engine {@link Reply} as a Block Kit message. Pure: the same reply always gives the same
 * message, and every message stays within Slack's {@link Limits}.
 */
public final class ReplyRenderer {

    /** How many recommendations the completion summary lists. */
    public static final int TOP_RECOMMENDATIONS = 5;

    private ReplyRenderer() {
    }

    public static SlackMessage render(Reply reply, Delivery delivery) {
        if (reply instanceof Reply.Prompt p) {
            return new SlackMessage(p.question().text(), prompt(p, null, delivery));
        }
        if (reply instanceof Reply.Explanation e) {
            return new SlackMessage(e.prompt().question().text(), prompt(e.prompt(), e.why(), delivery));
        }
        if (reply instanceof Reply.Completed c) {
            return completed(c, delivery);
        }
        if (reply instanceof Reply.Paused p) {
            return paused(p, delivery);
        }
        if (reply instanceof Reply.Abandoned a) {
            String text = "You gave up " + a.session().questionnaireTitle() + "; your answers were deleted.";
            return new SlackMessage(text, List.of(section(s -> s.text(markdownText(text))), privacy(delivery)));
        }
        Reply.Refused r = (Reply.Refused) reply;
        return refused(r, delivery);
    }

    /** A short friendly line, e.g. for errors outside the engine. */
    public static SlackMessage line(String text) {
        return new SlackMessage(text, List.of(section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT))))));
    }

    private static SlackMessage refused(Reply.Refused r, Delivery delivery) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String line = ":information_source: " + r.message();
        blocks.add(section(s -> s.text(markdownText(Limits.clip(line, Limits.SECTION_TEXT)))));
        if (r.current().isPresent()) {
            blocks.add(context(c -> c.elements(List.of(plainText("Here is where you are:")))));
            blocks.addAll(prompt(r.current().get().withNotice(Notice.NONE), null, delivery));
        } else {
            blocks.add(privacy(delivery));
        }
        return new SlackMessage(r.message(), blocks);
    }

    private static List<LayoutBlock> prompt(Reply.Prompt p, String why, Delivery delivery) {
        String sid = p.session().sessionId();
        Question q = p.question();
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = p.session().questionnaireTitle()
                + p.session().assessmentName().map(n -> " \u00b7 " + n).orElse("");
        blocks.add(header(h -> h.text(plainText(Limits.clip(title, Limits.HEADER_TEXT)))));
        if (p.notice() != Notice.NONE) {
            blocks.add(context(c -> c.elements(List.of(markdownText(p.notice().message())))));
        }
        String text = "*" + q.text() + "*" + hint(q);
        blocks.add(section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT)))));
        if (why != null) {
            String whyText = ":bulb: *Why this matters:* " + why;
            blocks.add(section(s -> s.text(markdownText(Limits.clip(whyText, Limits.SECTION_TEXT)))));
        }
        String where = p.progress().label() + " \u00b7 " + p.session().questionnaireTitle() + " \u00b7 " + p.sectionTitle();
        blocks.add(context(c -> c.elements(List.of(plainText(Limits.clip(where, Limits.CONTEXT_TEXT))))));
        blocks.add(actions(a -> a.blockId("answer").elements(answerElements(p))));
        blocks.add(actions(a -> a.blockId("controls").elements(controls(p, delivery))));
        blocks.add(privacy(delivery));
        return blocks;
    }

    private static String hint(Question q) {
        if (q.kind() instanceof QuestionKind.MultipleChoice m) {
            int choosable = (int) q.options().stream().filter(o -> !o.dontKnow()).count();
            int max = Math.min(m.max(), choosable);
            String range = m.min() == max ? "exactly " + max : m.min() + " to " + max;
            return "\n_Choose " + range + ", then press Submit._";
        }
        return "";
    }

    /** The options a respondent picks from; "don't know" is a control of its own. */
    static List<Option> answerOptions(Question q) {
        return q.options().stream().filter(o -> !o.dontKnow()).toList();
    }

    private static List<BlockElement> answerElements(Reply.Prompt p) {
        String sid = p.session().sessionId();
        Question q = p.question();
        List<Option> options = answerOptions(q);
        List<BlockElement> elements = new ArrayList<>();
        if (q.kind() instanceof QuestionKind.MultipleChoice m) {
            List<OptionObject> objects = options.stream().map(ReplyRenderer::option).toList();
            List<OptionObject> initial = objects.stream().filter(o -> p.selected().contains(o.getValue())).toList();
            String pick = ActionRoute.of(ActionRoute.Kind.PICK, sid, q.id()).actionId();
            if (options.size() <= Limits.CHECKBOX_OPTIONS) {
                elements.add(CheckboxesElement.builder().actionId(pick).options(objects)
                        .initialOptions(initial.isEmpty() ? null : initial).build());
            } else {
                elements.add(MultiStaticSelectElement.builder().actionId(pick).options(objects)
                        .placeholder(plainText("Choose " + m.min() + " or more"))
                        .maxSelectedItems(Math.min(m.max(), options.size()))
                        .initialOptions(initial.isEmpty() ? null : initial).build());
            }
            elements.add(ButtonElement.builder().text(plainText("Submit")).style("primary")
                    .actionId(ActionRoute.of(ActionRoute.Kind.SUBMIT, sid, q.id()).actionId()).value("submit").build());
            return elements;
        }
        if (options.size() <= Limits.MAX_BUTTON_CHOICES) {
            for (Option o : options) {
                ButtonElement.ButtonElementBuilder b = ButtonElement.builder()
                        .text(plainText(Limits.clip(o.label(), Limits.BUTTON_TEXT)))
                        .actionId(ActionRoute.of(ActionRoute.Kind.ANSWER, sid, q.id(), o.id()).actionId())
                        .value(o.id());
                if (p.selected().contains(o.id())) {
                    b.style("primary");
                }
                elements.add(b.build());
            }
            return elements;
        }
        List<OptionObject> objects = options.stream().map(ReplyRenderer::option).toList();
        OptionObject initial = objects.stream().filter(o -> p.selected().contains(o.getValue())).findFirst().orElse(null);
        elements.add(StaticSelectElement.builder()
                .actionId(ActionRoute.of(ActionRoute.Kind.SELECT, sid, q.id()).actionId())
                .placeholder(plainText("Choose one")).options(objects).initialOption(initial).build());
        return elements;
    }

    private static OptionObject option(Option o) {
        return OptionObject.builder().text(plainText(Limits.clip(o.label(), Limits.OPTION_TEXT))).value(o.id()).build();
    }

    private static List<BlockElement> controls(Reply.Prompt p, Delivery delivery) {
        String sid = p.session().sessionId();
        String qid = p.question().id();
        List<BlockElement> controls = new ArrayList<>();
        if (p.canGoBack()) {
            controls.add(control("\u2190 Back", ActionRoute.of(ActionRoute.Kind.BACK, sid, qid)));
        }
        if (p.question().dontKnowOption().isPresent()) {
            controls.add(control("Don't know", ActionRoute.of(ActionRoute.Kind.DONT_KNOW, sid, qid)));
        }
        if (p.question().skippable()) {
            controls.add(control("Skip", ActionRoute.of(ActionRoute.Kind.SKIP, sid, qid)));
        }
        controls.add(control("Why?", ActionRoute.of(ActionRoute.Kind.WHY, sid, qid)));
        controls.add(control("Pause", ActionRoute.of(ActionRoute.Kind.PAUSE, sid)));
        if (delivery == Delivery.EPHEMERAL) {
            controls.add(control("Continue in a DM", ActionRoute.of(ActionRoute.Kind.MOVE_TO_DM, sid)));
        }
        return controls;
    }

    private static ButtonElement control(String text, ActionRoute route) {
        return ButtonElement.builder().text(plainText(text)).actionId(route.actionId()).value(route.kind().code()).build();
    }

    private static LayoutBlock privacy(Delivery delivery) {
        return context(c -> c.elements(List.of(markdownText(delivery.privacyLine()))));
    }

    private static SlackMessage completed(Reply.Completed c, Delivery delivery) {
        PersonalSummary s = c.summary();
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = s.questionnaireTitle() + ": done, thank you!";
        blocks.add(header(h -> h.text(plainText(Limits.clip(title, Limits.HEADER_TEXT)))));
        String scores = "*Your " + s.dimension().id() + " scores* (0 to 100)\n" + java.util.Arrays.stream(Attack.values())
                .filter(a -> s.scores().containsKey(a))
                .map(a -> "\u2022 " + a.title() + ": *" + s.scores().get(a) + "*")
                .collect(Collectors.joining("\n"));
        blocks.add(section(b -> b.text(markdownText(Limits.clip(scores, Limits.SECTION_TEXT)))));
        if (!s.recommendations().isEmpty()) {
            String recs = "*Top recommendations*\n" + s.recommendations().stream().limit(TOP_RECOMMENDATIONS)
                    .map(r -> "\u2022 " + r).collect(Collectors.joining("\n"));
            blocks.add(section(b -> b.text(markdownText(Limits.clip(recs, Limits.SECTION_TEXT)))));
        }
        blocks.add(divider());
        String counted = "You answered " + s.answered() + " questions (" + s.dontKnow() + " \"don't know\"). "
                + "Your answers are now counted anonymously and are no longer linked to you.";
        blocks.add(context(b -> b.elements(List.of(plainText(counted)))));
        blocks.add(privacy(delivery));
        return new SlackMessage(title, blocks);
    }

    private static SlackMessage paused(Reply.Paused p, Delivery delivery) {
        String text = "Paused " + p.session().questionnaireTitle() + " at " + p.progress().label()
                + ". Your " + p.progress().answered() + " answers are kept; resume here or with `/mlsec resume`.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT)))));
        blocks.add(actions(a -> a.elements(List.of(ButtonElement.builder().text(plainText("Resume")).style("primary")
                .actionId(ActionRoute.of(ActionRoute.Kind.SHOW, p.session().sessionId()).actionId()).value("show").build()))));
        blocks.add(privacy(delivery));
        return new SlackMessage(text, blocks);
    }
}
