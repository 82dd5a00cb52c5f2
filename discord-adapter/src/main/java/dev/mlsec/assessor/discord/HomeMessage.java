package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.home.HomeView;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Draws the core's {@link HomeView} as one Discord message: the entries numbered in the text, and
 * under it their buttons, each with its entry's number, then the page buttons. Pure, and within
 * Discord's limits (2,000 characters, five rows of five buttons).
 */
final class HomeMessage {

    /** Custom id kinds of the home's buttons: resume a run, start a questionnaire, a report, a page. */
    static final String RESUME = "hr";
    static final String START = "hs";
    static final String REPORT = "ht";
    static final String PAGE = "hg";
    static final int BUTTONS_PER_ROW = 5;
    static final int DETAIL = 300;

    private HomeMessage() {
    }

    static MessageCreateData render(HomeView home) {
        StringBuilder text = new StringBuilder("## ").append(home.title()).append('\n')
                .append("-# ").append(home.promise()).append('\n');
        List<Button> buttons = new ArrayList<>();
        int n = 0;
        for (HomeView.Item item : home.items()) {
            if (item instanceof HomeView.Heading h) {
                text.append("\n**").append(h.text()).append("**\n");
            } else if (item instanceof HomeView.Note note) {
                text.append(note.text()).append('\n');
            } else {
                HomeView.Entry e = (HomeView.Entry) item;
                n++;
                String title = e.typed() ? DiscordText.neutralise(e.title()) : e.title();
                text.append(n).append(". **").append(ReplyMessages.clip(title, 100)).append("**: ")
                        .append(ReplyMessages.clip(e.detail(), DETAIL)).append('\n');
                for (HomeView.Button b : e.buttons()) {
                    buttons.add(button(b, n + " · " + b.label()));
                }
            }
        }
        home.pageLine().ifPresent(line -> text.append("\n-# ").append(line));
        home.pageButtons().forEach(b -> buttons.add(button(b, b.label())));
        List<ActionRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_ROW))));
        }
        return new MessageCreateBuilder().setContent(ReplyMessages.clip(text.toString(), ReplyMessages.MAX_CONTENT))
                .setComponents(rows).setAllowedMentions(List.of()).build();
    }

    private static Button button(HomeView.Button b, String label) {
        String shown = ReplyMessages.clip(label, 80);
        if (b.action() instanceof HomeView.Action.Resume r) {
            return Button.success(CustomIds.of(RESUME, r.runId()), shown);
        }
        if (b.action() instanceof HomeView.Action.Start s) {
            return Button.primary(CustomIds.of(START, s.questionnaireId()), shown);
        }
        if (b.action() instanceof HomeView.Action.Report r) {
            return Button.secondary(CustomIds.of(REPORT, r.code()), shown);
        }
        return Button.secondary(CustomIds.of(PAGE, Integer.toString(((HomeView.Action.Page) b.action()).page())), shown);
    }
}
