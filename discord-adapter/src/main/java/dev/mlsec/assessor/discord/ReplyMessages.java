package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.engine.Notice;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.scoring.PersonalSummary;
import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders the engine's replies as Discord messages: text content plus at most five rows of
 * components, always within Discord's limits. Pure: the same reply gives the same message.
 */
public final class ReplyMessages {

    static final int MAX_CONTENT = 2000;
    static final int MAX_ROWS = 5;
    static final int MAX_BUTTONS_PER_ROW = 5;
    static final int MAX_SELECT_OPTIONS = 25;
    static final int MAX_LABEL = 80;
    static final int MAX_SELECT_LABEL = 100;
    static final String ONLY_YOU = "-# Only you can see this message. Your answers are anonymous.";

    private ReplyMessages() {
    }

    public static MessageCreateData render(Reply reply) {
        if (reply instanceof Reply.Prompt prompt) {
            return prompt(prompt, null);
        }
        if (reply instanceof Reply.Explanation explanation) {
            return prompt(explanation.prompt(), explanation.why());
        }
        if (reply instanceof Reply.Completed completed) {
            return text(completed(completed));
        }
        if (reply instanceof Reply.Paused paused) {
            return text("**" + paused.session().questionnaireTitle() + "** is paused with "
                    + paused.progress().answered() + " answers kept. Use `/mlsec resume` to continue where you left off.");
        }
        if (reply instanceof Reply.Abandoned abandoned) {
            return text("**" + abandoned.session().questionnaireTitle() + "** was abandoned; its answers were deleted.");
        }
        Reply.Refused refused = (Reply.Refused) reply;
        if (refused.current().isPresent()) {
            return prompt(refused.current().get(), null, refused.message());
        }
        return text(refused.message());
    }

    static MessageCreateData prompt(Reply.Prompt prompt, String why) {
        return prompt(prompt, why, prompt.notice() == Notice.NONE ? null : prompt.notice().message());
    }

    private static MessageCreateData prompt(Reply.Prompt prompt, String why, String remark) {
        Question question = prompt.question();
        String session = prompt.session().sessionId();
        StringBuilder head = new StringBuilder();
        head.append("**").append(prompt.session().questionnaireTitle()).append("**");
        prompt.session().assessmentName().ifPresent(name -> head.append(" · ").append(DiscordText.neutralise(name)));
        head.append('\n').append(prompt.progress().label()).append(" · ").append(prompt.sectionTitle()).append('\n');
        if (remark != null) {
            head.append("> ").append(remark).append('\n');
        }
        StringBuilder tail = new StringBuilder();
        if (why != null) {
            tail.append("\n**Why this matters:** ").append(why).append('\n');
        }
        if (question.kind() instanceof QuestionKind.MultipleChoice multi) {
            // the menu holds the answers; "don't know" is a button of its own
            long inMenu = question.options().stream().filter(o -> !o.dontKnow()).count();
            long max = Math.min(multi.max(), inMenu);
            long min = Math.min(multi.min(), max);
            tail.append("\n_Choose ").append(min == max ? String.valueOf(min) : min + " to " + max)
                    .append(" from the menu._\n");
        }
        tail.append('\n').append(ONLY_YOU);
        int room = MAX_CONTENT - head.length() - tail.length() - 4;
        String content = head + "\n" + clip("**" + question.text() + "**", room) + "\n" + tail;

        List<ActionRow> rows = new ArrayList<>();
        List<Option> choices = question.options().stream().filter(o -> !o.dontKnow()).toList();
        boolean multiple = question.kind() instanceof QuestionKind.MultipleChoice;
        if (!multiple && choices.size() <= MAX_BUTTONS_PER_ROW) {
            List<Button> buttons = new ArrayList<>();
            for (Option option : choices) {
                String id = CustomIds.of(CustomIds.ANSWER, session, question.id(), option.id());
                String label = clip(option.label(), MAX_LABEL);
                buttons.add(prompt.selected().contains(option.id()) ? Button.success(id, label) : Button.primary(id, label));
            }
            rows.add(ActionRow.of(buttons));
        } else {
            for (List<Option> chunk : chunks(choices, MAX_SELECT_OPTIONS)) {
                rows.add(ActionRow.of(menu(prompt, chunk, multiple, rows.size())));
            }
        }
        List<Button> navigation = new ArrayList<>();
        if (prompt.canGoBack()) {
            navigation.add(Button.secondary(CustomIds.of(CustomIds.BACK, session, question.id()), "Back"));
        }
        question.dontKnowOption().ifPresent(dk -> navigation.add(
                Button.secondary(CustomIds.of(CustomIds.DONT_KNOW, session, question.id()), clip(dk.label(), MAX_LABEL))));
        if (question.skippable()) {
            navigation.add(Button.secondary(CustomIds.of(CustomIds.SKIP, session, question.id()), "Skip"));
        }
        if (why == null && !question.why().isBlank()) {
            navigation.add(Button.secondary(CustomIds.of(CustomIds.WHY, session, question.id()), "Why?"));
        }
        navigation.add(Button.secondary(CustomIds.of(CustomIds.PAUSE, session), "Pause"));
        rows.add(ActionRow.of(navigation));
        if (rows.size() > MAX_ROWS) {
            throw new IllegalStateException("question " + question.id() + " needs more than " + MAX_ROWS + " rows");
        }
        return new MessageCreateBuilder().setContent(content).setComponents(rows).setAllowedMentions(List.of()).build();
    }

    private static StringSelectMenu menu(Reply.Prompt prompt, List<Option> options, boolean multiple, int index) {
        Question question = prompt.question();
        String id = CustomIds.of(CustomIds.MENU, prompt.session().sessionId(), question.id()) + (index == 0 ? "" : ":" + index);
        StringSelectMenu.Builder menu = StringSelectMenu.create(id)
                .setPlaceholder(clip(multiple ? "Choose all that apply" : "Choose one", 150));
        for (Option option : options) {
            menu.addOptions(SelectOption.of(clip(option.label(), MAX_SELECT_LABEL), option.id())
                    .withDefault(prompt.selected().contains(option.id())));
        }
        if (question.kind() instanceof QuestionKind.MultipleChoice multi) {
            menu.setRequiredRange(Math.min(Math.max(multi.min(), 1), options.size()), Math.min(multi.max(), options.size()));
        } else {
            menu.setRequiredRange(1, 1);
        }
        return menu.build();
    }

    private static String completed(Reply.Completed completed) {
        PersonalSummary summary = completed.summary();
        StringBuilder text = new StringBuilder();
        text.append("**").append(summary.questionnaireTitle()).append("** is complete. Thank you!\n")
                .append("Your ").append(summary.answered()).append(" answers are counted and no longer linked to you.\n\n")
                .append("Your answers' ").append(summary.dimension().name().toLowerCase()).append(" per attack:\n");
        for (Attack attack : Attack.values()) {
            Integer score = summary.scores().get(attack);
            if (score != null) {
                text.append("- ").append(attack.title()).append(": ").append(score).append("/100\n");
            }
        }
        if (!summary.recommendations().isEmpty()) {
            text.append("\nWhat would help most:\n");
            summary.recommendations().stream().limit(3).forEach(r -> text.append("- ").append(r).append('\n'));
        }
        text.append('\n').append(ONLY_YOU);
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
