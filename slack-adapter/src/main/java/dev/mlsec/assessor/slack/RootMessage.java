package dev.mlsec.assessor.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.view.ChannelWords;
import dev.mlsec.assessor.core.view.Surface;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws an assessment's root message and its thread's progress line, and the chooser of questionnaires. */
public final class RootMessage {

    /** The assessment code an "open" button carries when the respondent answers on their own. */
    public static final String ON_YOUR_OWN = "-";

    private RootMessage() {
    }

    public static SlackMessage render(RootView view) {
        List<LayoutBlock> blocks = new ArrayList<>();
        // plain text (the header) is never read as markup; the message's text and mrkdwn are
        blocks.add(header(h -> h.text(plainText(Limits.clip(view.title(name -> name), Limits.HEADER_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(Limits.clip(view.intro(name -> "*" + SlackText.escape(name) + "*"),
                Limits.SECTION_TEXT)))));
        for (RootView.Entry q : view.questionnaires()) {
            blocks.add(questionnaire(view.code(), q.questionnaireId(), q.title(), q.audience(), q.intro(), q.button()));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(view.footnote())))));
        return new SlackMessage(view.title(SlackText::escape), blocks);
    }

    /** What a respondent answering on their own (outside an assessment) chooses from. */
    public static SlackMessage chooser(List<Questionnaire> questionnaires) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(ChannelWords.CHOOSE_QUESTIONNAIRE))));
        for (Questionnaire q : questionnaires) {
            blocks.add(questionnaire(ON_YOUR_OWN, q.id(), q.title(), q.audience(), q.intro(), "Answer " + q.title()));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(":lock: " + Surface.EPHEMERAL_IN_CHANNEL.privacy())))));
        return new SlackMessage(ChannelWords.CHOOSE_QUESTIONNAIRE, blocks);
    }

    private static LayoutBlock questionnaire(String code, String id, String title, String audience, String intro, String button) {
        String text = "*" + title + "*\n_Who should answer:_ " + audience + "\n" + intro;
        return section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT)))
                .accessory(ButtonElement.builder().text(plainText(Limits.clip(button, Limits.BUTTON_TEXT)))
                        .style("primary").value(id).actionId(ActionRoute.of(ActionRoute.Kind.OPEN, code, id).actionId()).build()));
    }

    /** The progress line in the assessment's thread: counts only, never who nor what. */
    public static String progressLine(RootView view) {
        return ":bar_chart: " + view.progress();
    }

    /** Where the root message and its progress line are, as the Slack adapter keeps it in the assessment. */
    public record Location(String channel, String rootTs, String progressTs) {

        /** What a location holds for the progress line when it could not be posted. */
        public static final String NO_PROGRESS_LINE = "-";

        public String encode() {
            return channel + "|" + rootTs + "|" + progressTs;
        }

        public static Optional<Location> decode(String text) {
            String[] parts = text.split("\\|", -1);
            return parts.length == 3 ? Optional.of(new Location(parts[0], parts[1], parts[2])) : Optional.empty();
        }
    }
}
