package dev.mlsec.assessor.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.remind.ThreadPosts;
import dev.mlsec.assessor.core.remind.ThreadReminder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread reminders in Slack: a reply in the thread of the assessment's root message
 * ({@code chat.postMessage} with its {@code thread_ts}), the core's sentence and a button per
 * questionnaire. It names and mentions nobody: the text is escaped, so no {@code <@...>} survives.
 */
public final class SlackThreadPosts implements ThreadPosts {

    private static final Logger LOG = LoggerFactory.getLogger(SlackThreadPosts.class);
    private static final int MAX_BUTTONS = 5;

    private final SlackWeb web;

    SlackThreadPosts(SlackWeb web) {
        this.web = web;
    }

    /** Posting with the bot token of these settings, at their Web API address. */
    public static SlackThreadPosts of(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setPrettyResponseLoggingEnabled(false);
        return new SlackThreadPosts(new SlackWeb(Slack.getInstance(config).methods(settings.botToken())));
    }

    @Override
    public boolean post(RootLocation where, ThreadReminder reminder) {
        Optional<RootMessage.Location> root = where.platform() == Platform.SLACK
                ? RootMessage.Location.decode(where.where()) : Optional.empty();
        if (root.isEmpty()) {
            return false;
        }
        try {
            return web.post(root.get().channel(), Optional.of(root.get().rootTs()), render(reminder)).isPresent();
        } catch (IOException e) {
            LOG.warn("a thread reminder could not be posted ({}); it is tried again", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The reminder as posted: the sentence, the buttons to answer, the root message's privacy note. */
    static SlackMessage render(ThreadReminder reminder) {
        RootView view = reminder.root();
        String text = ":bell: " + SlackText.escape(reminder.text());
        List<BlockElement> buttons = new ArrayList<>();
        for (RootView.Entry q : view.questionnaires().subList(0, Math.min(MAX_BUTTONS, view.questionnaires().size()))) {
            buttons.add(ButtonElement.builder().text(plainText(Limits.clip(q.button(), Limits.BUTTON_TEXT))).style("primary")
                    .value(q.questionnaireId())
                    .actionId(ActionRoute.of(ActionRoute.Kind.OPEN, view.code(), q.questionnaireId()).actionId()).build());
        }
        return new SlackMessage(text, List.of(
                section(s -> s.text(markdownText(Limits.clip(text, Limits.SECTION_TEXT)))),
                actions(a -> a.elements(buttons)),
                context(c -> c.elements(List.of(markdownText(view.footnote()))))));
    }
}
