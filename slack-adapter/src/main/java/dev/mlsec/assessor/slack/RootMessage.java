package dev.mlsec.assessor.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import dev.mlsec.assessor.questions.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The assessment's root message in the channel, and the progress line the bot keeps in its thread. */
public final class RootMessage {

    /** The assessment code an "open" button carries when the respondent answers on their own. */
    public static final String ON_YOUR_OWN = "-";

    private RootMessage() {
    }

    public static SlackMessage render(String code, String systemName, List<Questionnaire> questionnaires) {
        List<LayoutBlock> blocks = new ArrayList<>();
        // plain text (the header) is never read as markup; the message's text and mrkdwn are
        String title = "ML security assessment: " + systemName;
        blocks.add(header(h -> h.text(plainText(Limits.clip(title, Limits.HEADER_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(
                "We are assessing how exposed *" + SlackText.escape(systemName) + "* is to model poisoning, evasion, stealing and "
                        + "training-data inference. There are three short questionnaires; answer the ones meant for you. "
                        + "Your answers are shown only to you and are counted anonymously: nobody can tell who gave them."))));
        blocks.addAll(questionnaireBlocks(code, questionnaires));
        blocks.add(context(c -> c.elements(List.of(markdownText("Assessment code `" + code
                + "` \u00b7 you can also type `/mlsec start` to answer on your own")))));
        return new SlackMessage("ML security assessment: " + SlackText.escape(systemName), blocks);
    }

    /**
     * What a respondent answering on their own (outside an assessment) chooses from: one block per
     * questionnaire with its button.
     */
    public static SlackMessage chooser(List<Questionnaire> questionnaires) {
        String question = "Which questionnaire would you like to answer?";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(question))));
        blocks.addAll(questionnaireBlocks(ON_YOUR_OWN, questionnaires));
        blocks.add(context(c -> c.elements(List.of(markdownText(Delivery.EPHEMERAL.privacyLine())))));
        return new SlackMessage(question, blocks);
    }

    private static List<LayoutBlock> questionnaireBlocks(String code, List<Questionnaire> questionnaires) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Questionnaire q : questionnaires) {
            String text = "*" + q.title() + "*\n_Who should answer:_ " + q.audience() + "\n" + q.intro();
            blocks.add(section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT)))
                    .accessory(ButtonElement.builder().text(plainText(Limits.clip("Answer " + q.title(), Limits.BUTTON_TEXT)))
                            .style("primary").value(q.id())
                            .actionId(ActionRoute.of(ActionRoute.Kind.OPEN, code, q.id()).actionId()).build())));
        }
        return blocks;
    }

    /** "Progress: Risk impact 2 completed · ..." : counts only, never who nor what. */
    public static String progressLine(List<Questionnaire> questionnaires, Map<String, Integer> completed) {
        return ":bar_chart: Progress: " + questionnaires.stream()
                .map(q -> q.title() + " " + completed.getOrDefault(q.id(), 0) + " completed")
                .collect(Collectors.joining(" \u00b7 "));
    }

    /** Where the root message and its progress line are, as handed to the assessment service to seal. */
    public record Location(String channel, String rootTs, String progressTs) {

        public String encode() {
            return channel + "|" + rootTs + "|" + progressTs;
        }

        public static Optional<Location> decode(String text) {
            String[] parts = text.split("\\|", -1);
            return parts.length == 3 ? Optional.of(new Location(parts[0], parts[1], parts[2])) : Optional.empty();
        }
    }
}
