package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.view.Control;
import dev.mlsec.assessor.core.view.PromptView;
import dev.mlsec.assessor.core.view.Surface;
import dev.mlsec.assessor.core.view.SummaryView;
import dev.mlsec.assessor.core.view.View;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Draws the core's {@link View}s as Discord messages: text content plus at most five rows of
 * components, always within Discord's limits. Pure: the same view gives the same message.
 */
public final class ReplyMessages {

    static final int MAX_CONTENT = 2000;
    static final int MAX_ROWS = 5;
    static final int MAX_BUTTONS_PER_ROW = 5;
    static final int MAX_SELECT_OPTIONS = 25;
    static final int MAX_LABEL = 80;
    static final int MAX_SELECT_LABEL = 100;

    private ReplyMessages() {
    }

    public static MessageCreateData render(Reply reply) {
        return render(View.of(reply, Surface.EPHEMERAL_REPLY));
    }

    static MessageCreateData render(View view) {
        if (view instanceof View.Question q) {
            return prompt(q.prompt(), q.prompt().notice().orElse(null));
        }
        if (view instanceof View.Summary s) {
            return text(completed(s.summary()));
        }
        if (view instanceof View.Paused p) {
            List<Button> buttons = new ArrayList<>();
            p.resume().ifPresent(resume -> buttons.add(Button.primary(CustomIds.of(CustomIds.RESUME, p.runId(), "-"), resume)));
            p.remind().forEach(when -> buttons.add(
                    Button.secondary(CustomIds.of(CustomIds.REMIND, p.runId(), when.code()), when.label())));
            MessageCreateData paused = text(p.text() + "\n\n" + small(p.privacy()));
            return buttons.isEmpty() ? paused : new MessageCreateBuilder().applyData(paused).setComponents(ActionRow.of(buttons)).build();
        }
        if (view instanceof View.Abandoned a) {
            return text(a.text() + "\n\n" + small(a.privacy()));
        }
        View.Refused refused = (View.Refused) view;
        if (refused.current().isPresent()) {
            return prompt(refused.current().get(), refused.message());
        }
        return text(refused.message());
    }

    private static String small(String line) {
        return "-# " + line;
    }

    private static MessageCreateData prompt(PromptView p, String remark) {
        StringBuilder head = new StringBuilder();
        head.append("**").append(p.title(DiscordText::neutralise)).append("**\n").append(p.where()).append('\n');
        if (remark != null) {
            head.append("> ").append(remark).append('\n');
        }
        StringBuilder tail = new StringBuilder();
        p.why().ifPresent(why -> tail.append("\n**").append(View.WHY_HEADING).append("** ").append(why).append('\n'));
        if (p.selection().multiple()) {
            tail.append("\n_").append(p.selection().hint()).append(" from the menu._\n");
        }
        tail.append('\n').append(small(p.privacy()));
        int room = MAX_CONTENT - head.length() - tail.length() - 4;
        String content = head + "\n" + clip("**" + p.text() + "**", room) + "\n" + tail;

        List<ActionRow> rows = new ArrayList<>();
        if (!p.selection().multiple() && p.options().size() <= MAX_BUTTONS_PER_ROW) {
            List<Button> buttons = new ArrayList<>();
            for (PromptView.OptionView option : p.options()) {
                String id = CustomIds.of(CustomIds.ANSWER, p.runId(), p.questionId(), option.id());
                String label = clip(option.label(), MAX_LABEL);
                buttons.add(option.selected() ? Button.success(id, label) : Button.primary(id, label));
            }
            rows.add(ActionRow.of(buttons));
        } else {
            List<List<PromptView.OptionView>> chunks = chunks(p.options(), MAX_SELECT_OPTIONS);
            for (int i = 0; i < chunks.size(); i++) {
                rows.add(ActionRow.of(menu(p, chunks.get(i), i)));
            }
        }
        List<Button> navigation = new ArrayList<>();
        for (Control control : p.controls()) {
            switch (control) {
                case BACK -> navigation.add(Button.secondary(CustomIds.of(CustomIds.BACK, p.runId(), p.questionId()), p.label(control)));
                case DONT_KNOW -> navigation.add(Button.secondary(CustomIds.of(CustomIds.DONT_KNOW, p.runId(), p.questionId()),
                        clip(p.label(control), MAX_LABEL)));
                case SKIP -> navigation.add(Button.secondary(CustomIds.of(CustomIds.SKIP, p.runId(), p.questionId()), p.label(control)));
                case WHY -> navigation.add(Button.secondary(CustomIds.of(CustomIds.WHY, p.runId(), p.questionId()), p.label(control)));
                case PAUSE -> navigation.add(Button.secondary(CustomIds.of(CustomIds.PAUSE, p.runId()), p.label(control)));
                case ANSWER_ALONE -> navigation.add(Button.secondary(CustomIds.of(CustomIds.ALONE, p.runId()), p.label(control)));
                case ANSWER, CONTINUE_ELSEWHERE -> {
                    // the rows above answer; a reply only the respondent sees has nowhere more private to go
                }
            }
        }
        rows.add(ActionRow.of(navigation));
        if (rows.size() > MAX_ROWS) {
            throw new IllegalStateException("question " + p.questionId() + " needs more than " + MAX_ROWS + " rows");
        }
        return new MessageCreateBuilder().setContent(content).setComponents(rows).setAllowedMentions(List.of()).build();
    }

    private static StringSelectMenu menu(PromptView p, List<PromptView.OptionView> options, int index) {
        String id = CustomIds.of(CustomIds.MENU, p.runId(), p.questionId()) + (index == 0 ? "" : ":" + index);
        StringSelectMenu.Builder menu = StringSelectMenu.create(id)
                .setPlaceholder(clip(p.selection().hint(), 150));
        for (PromptView.OptionView option : options) {
            menu.addOptions(SelectOption.of(clip(option.label(), MAX_SELECT_LABEL), option.id()).withDefault(option.selected()));
        }
        menu.setRequiredRange(Math.min(p.selection().min(), options.size()), Math.min(p.selection().max(), options.size()));
        return menu.build();
    }

    private static String completed(SummaryView s) {
        StringBuilder text = new StringBuilder("**").append(s.title()).append("**\n\n").append(s.scoresHeading()).append(":\n");
        s.scores().forEach(score -> text.append("- ").append(score.attack()).append(": ").append(score.value()).append('\n'));
        if (!s.recommendations().isEmpty()) {
            text.append("\n" + SummaryView.RECOMMENDATIONS_HEADING + ":\n");
            s.recommendations().forEach(r -> text.append("- ").append(r).append('\n'));
        }
        text.append('\n').append(s.counted()).append('\n');
        s.assessment().ifPresent(a -> text.append(a).append('\n'));
        text.append('\n').append(small(s.privacy()));
        return clip(text.toString(), MAX_CONTENT);
    }

    static MessageCreateData text(String content) {
        return new MessageCreateBuilder().setContent(clip(content, MAX_CONTENT)).setAllowedMentions(List.of()).build();
    }

    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
