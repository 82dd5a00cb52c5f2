package dev.mlsec.assessor.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import dev.mlsec.assessor.core.home.HomeView;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the core's {@link HomeView} as the App Home's blocks: a section per entry with its button,
 * headings in bold, the promise under the title. Pure, and within {@link #HOME_BLOCKS}.
 */
public final class HomeRenderer {

    /** What Slack allows in one App Home view. */
    public static final int HOME_BLOCKS = 100;

    private HomeRenderer() {
    }

    /** The App Home view to publish. */
    public static View view(HomeView home) {
        return View.builder().type("home").blocks(blocks(home)).build();
    }

    public static List<LayoutBlock> blocks(HomeView home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Limits.clip(home.title(), Limits.HEADER_TEXT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(Limits.clip(":lock: " + home.promise(), Limits.CONTEXT_TEXT))))));
        for (HomeView.Item item : home.items()) {
            if (item instanceof HomeView.Heading h) {
                blocks.add(divider());
                blocks.add(section(s -> s.text(markdownText(Limits.clip("*" + h.text() + "*", Limits.SECTION_TEXT)))));
            } else if (item instanceof HomeView.Note n) {
                blocks.add(section(s -> s.text(markdownText(Limits.clip(n.text(), Limits.SECTION_TEXT)))));
            } else {
                blocks.addAll(entry((HomeView.Entry) item));
            }
        }
        if (!home.pageButtons().isEmpty()) {
            blocks.add(divider());
            blocks.add(context(c -> c.elements(List.of(plainText(home.pageLine().orElse(""))))));
            blocks.add(actions(a -> a.elements(home.pageButtons().stream().<BlockElement>map(HomeRenderer::button).toList())));
        }
        return blocks;
    }

    private static List<LayoutBlock> entry(HomeView.Entry e) {
        String title = e.typed() ? SlackText.escape(e.title()) : e.title();
        String text = Limits.clip("*" + title + "*\n" + e.detail(), Limits.SECTION_TEXT);
        List<LayoutBlock> blocks = new ArrayList<>();
        if (e.buttons().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(text))));
            return blocks;
        }
        blocks.add(section(s -> s.text(markdownText(text)).accessory(button(e.buttons().get(0)))));
        if (e.buttons().size() > 1) {
            blocks.add(actions(a -> a.elements(e.buttons().subList(1, e.buttons().size()).stream()
                    .<BlockElement>map(HomeRenderer::button).toList())));
        }
        return blocks;
    }

    private static ButtonElement button(HomeView.Button b) {
        ActionRoute route = route(b.action());
        ButtonElement.ButtonElementBuilder button = ButtonElement.builder()
                .text(plainText(Limits.clip(b.label(), Limits.BUTTON_TEXT))).actionId(route.actionId()).value(route.kind().code());
        if (b.action() instanceof HomeView.Action.Resume) {
            button.style("primary");
        }
        return button.build();
    }

    /** The route a Home button carries: resume and start are the respondent's own presses. */
    static ActionRoute route(HomeView.Action action) {
        if (action instanceof HomeView.Action.Resume r) {
            return ActionRoute.of(ActionRoute.Kind.SHOW, r.runId());
        }
        if (action instanceof HomeView.Action.Start s) {
            return ActionRoute.of(ActionRoute.Kind.OPEN, RootMessage.ON_YOUR_OWN, s.questionnaireId());
        }
        if (action instanceof HomeView.Action.Report r) {
            return ActionRoute.of(ActionRoute.Kind.HOME_REPORT, r.code());
        }
        return ActionRoute.of(ActionRoute.Kind.HOME_PAGE, Integer.toString(((HomeView.Action.Page) action).page()));
    }
}
