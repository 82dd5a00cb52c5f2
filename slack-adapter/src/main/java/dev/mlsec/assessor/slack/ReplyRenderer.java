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
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.view.Control;
import dev.mlsec.assessor.core.view.PromptView;
import dev.mlsec.assessor.core.view.RemindMe;
import dev.mlsec.assessor.core.view.SummaryView;
import dev.mlsec.assessor.core.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws the core's {@link View}s as Block Kit messages. It decides nothing a person notices beyond
 * layout. Pure: the same view always gives the same message, and every message stays within Slack's
 * {@link Limits}.
 */
public final class ReplyRenderer {

    private ReplyRenderer() {
    }

    public static SlackMessage render(Reply reply, Delivery delivery) {
        return render(View.of(reply, delivery.surface()));
    }

    public static SlackMessage render(View view) {
        if (view instanceof View.Question q) {
            return new SlackMessage(q.prompt().text(), prompt(q.prompt()));
        }
        if (view instanceof View.Summary s) {
            return completed(s.summary());
        }
        if (view instanceof View.Paused p) {
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(section(s -> s.text(markdownText(Limits.clip(p.text(), Limits.SECTION_TEXT)))));
            List<BlockElement> buttons = new ArrayList<>();
            p.resume().ifPresent(resume -> buttons.add(ButtonElement.builder().text(plainText(resume)).style("primary")
                    .actionId(ActionRoute.of(ActionRoute.Kind.SHOW, p.runId()).actionId()).value("show").build()));
            for (RemindMe when : p.remind()) {
                buttons.add(control(when.label(), ActionRoute.of(ActionRoute.Kind.REMIND, p.runId(), when.code())));
            }
            if (!buttons.isEmpty()) {
                blocks.add(actions(a -> a.elements(buttons)));
            }
            blocks.add(privacy(p.privacy()));
            return new SlackMessage(p.text(), blocks);
        }
        if (view instanceof View.Abandoned a) {
            return new SlackMessage(a.text(), List.of(section(s -> s.text(markdownText(a.text()))), privacy(a.privacy())));
        }
        View.Refused r = (View.Refused) view;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(Limits.clip(":information_source: " + r.message(), Limits.SECTION_TEXT)))));
        if (r.current().isPresent()) {
            blocks.add(context(c -> c.elements(List.of(plainText(View.WHERE_YOU_ARE)))));
            blocks.addAll(prompt(r.current().get()));
        } else {
            blocks.add(privacy(r.privacy()));
        }
        return new SlackMessage(r.message(), blocks);
    }

    /** A short friendly line, e.g. for errors outside the engine. */
    public static SlackMessage line(String text) {
        return new SlackMessage(text, List.of(section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT))))));
    }

    private static List<LayoutBlock> prompt(PromptView p) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Limits.clip(p.title(name -> name), Limits.HEADER_TEXT)))));
        p.notice().ifPresent(n -> blocks.add(context(c -> c.elements(List.of(markdownText(n))))));
        String hint = p.selection().multiple() ? "\n_" + p.selection().hint() + ", then press " + Control.ANSWER.label() + "._" : "";
        String text = "*" + p.text() + "*" + hint;
        blocks.add(section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT)))));
        p.why().ifPresent(why -> blocks.add(section(s -> s.text(markdownText(
                Limits.clip(":bulb: *" + View.WHY_HEADING + "* " + why, Limits.SECTION_TEXT))))));
        blocks.add(context(c -> c.elements(List.of(plainText(Limits.clip(p.where(), Limits.CONTEXT_TEXT))))));
        blocks.add(actions(a -> a.blockId("answer").elements(answerElements(p))));
        blocks.add(actions(a -> a.blockId("controls").elements(controls(p))));
        blocks.add(privacy(p.privacy()));
        return blocks;
    }

    private static List<BlockElement> answerElements(PromptView p) {
        List<BlockElement> elements = new ArrayList<>();
        List<OptionObject> objects = p.options().stream().map(ReplyRenderer::option).toList();
        List<OptionObject> initial = p.options().stream().filter(PromptView.OptionView::selected).map(ReplyRenderer::option).toList();
        if (p.selection().multiple()) {
            String pick = ActionRoute.of(ActionRoute.Kind.PICK, p.runId(), p.questionId()).actionId();
            if (objects.size() <= Limits.CHECKBOX_OPTIONS) {
                elements.add(CheckboxesElement.builder().actionId(pick).options(objects)
                        .initialOptions(initial.isEmpty() ? null : initial).build());
            } else {
                elements.add(MultiStaticSelectElement.builder().actionId(pick).options(objects)
                        .placeholder(plainText(p.selection().hint()))
                        .maxSelectedItems(p.selection().max())
                        .initialOptions(initial.isEmpty() ? null : initial).build());
            }
            elements.add(ButtonElement.builder().text(plainText(Control.ANSWER.label())).style("primary")
                    .actionId(ActionRoute.of(ActionRoute.Kind.SUBMIT, p.runId(), p.questionId()).actionId()).value("submit").build());
            return elements;
        }
        if (objects.size() <= Limits.MAX_BUTTON_CHOICES) {
            for (PromptView.OptionView o : p.options()) {
                ButtonElement.ButtonElementBuilder b = ButtonElement.builder()
                        .text(plainText(Limits.clip(o.label(), Limits.BUTTON_TEXT)))
                        .actionId(ActionRoute.of(ActionRoute.Kind.ANSWER, p.runId(), p.questionId(), o.id()).actionId())
                        .value(o.id());
                if (o.selected()) {
                    b.style("primary");
                }
                elements.add(b.build());
            }
            return elements;
        }
        elements.add(StaticSelectElement.builder()
                .actionId(ActionRoute.of(ActionRoute.Kind.SELECT, p.runId(), p.questionId()).actionId())
                .placeholder(plainText(p.selection().hint())).options(objects)
                .initialOption(initial.isEmpty() ? null : initial.get(0)).build());
        return elements;
    }

    private static OptionObject option(PromptView.OptionView o) {
        return OptionObject.builder().text(plainText(Limits.clip(o.label(), Limits.OPTION_TEXT))).value(o.id()).build();
    }

    private static List<BlockElement> controls(PromptView p) {
        List<BlockElement> controls = new ArrayList<>();
        for (Control control : p.controls()) {
            switch (control) {
                case BACK -> controls.add(control("\u2190 " + p.label(control), ActionRoute.of(ActionRoute.Kind.BACK, p.runId(), p.questionId())));
                case DONT_KNOW -> controls.add(control(p.label(control),
                        ActionRoute.of(ActionRoute.Kind.DONT_KNOW, p.runId(), p.questionId())));
                case SKIP -> controls.add(control(p.label(control), ActionRoute.of(ActionRoute.Kind.SKIP, p.runId(), p.questionId())));
                case WHY -> controls.add(control(p.label(control), ActionRoute.of(ActionRoute.Kind.WHY, p.runId(), p.questionId())));
                case PAUSE -> controls.add(control(p.label(control), ActionRoute.of(ActionRoute.Kind.PAUSE, p.runId())));
                case ANSWER_ALONE -> controls.add(control(p.label(control), ActionRoute.of(ActionRoute.Kind.ALONE, p.runId())));
                case CONTINUE_ELSEWHERE -> controls.add(control(p.label(control), ActionRoute.of(ActionRoute.Kind.MOVE_TO_DM, p.runId())));
                case ANSWER -> {
                    // the options above are the answer
                }
            }
        }
        return controls;
    }

    private static ButtonElement control(String text, ActionRoute route) {
        return ButtonElement.builder().text(plainText(Limits.clip(text, Limits.BUTTON_TEXT))).actionId(route.actionId())
                .value(route.kind().code()).build();
    }

    private static LayoutBlock privacy(String privacy) {
        return context(c -> c.elements(List.of(markdownText(":lock: " + privacy))));
    }

    private static SlackMessage completed(SummaryView s) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Limits.clip(s.title(), Limits.HEADER_TEXT)))));
        String scores = "*" + s.scoresHeading() + "*\n" + s.scores().stream()
                .map(score -> "\u2022 " + score.attack() + ": *" + score.value() + "*").collect(Collectors.joining("\n"));
        blocks.add(section(b -> b.text(markdownText(Limits.clip(scores, Limits.SECTION_TEXT)))));
        if (!s.recommendations().isEmpty()) {
            String recs = "*" + SummaryView.RECOMMENDATIONS_HEADING + "*\n" + s.recommendations().stream().map(r -> "\u2022 " + r)
                    .collect(Collectors.joining("\n"));
            blocks.add(section(b -> b.text(markdownText(Limits.clip(recs, Limits.SECTION_TEXT)))));
        }
        blocks.add(divider());
        String counted = s.counted() + s.assessment().map(a -> " " + a).orElse("");
        blocks.add(context(b -> b.elements(List.of(plainText(Limits.clip(counted, Limits.CONTEXT_TEXT))))));
        blocks.add(privacy(s.privacy()));
        return new SlackMessage(s.title(), blocks);
    }
}
