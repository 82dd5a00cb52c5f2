package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.core.lead.RootView;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Draws an assessment's root message: an embed of the core's root view and a button per questionnaire. */
final class RootMessage {

    private static final int MAX_BUTTONS = 5;

    private RootMessage() {
    }

    static MessageCreateData render(RootView view) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(ReplyMessages.clip(view.title(name -> name), 256))
                .setDescription(ReplyMessages.clip(view.intro(name -> "**" + DiscordText.neutralise(name) + "**") + "\n" + view.footnote(), 4096));
        List<Button> buttons = new ArrayList<>();
        for (RootView.Entry q : view.questionnaires().subList(0, Math.min(MAX_BUTTONS, view.questionnaires().size()))) {
            embed.addField(ReplyMessages.clip(q.title(), 256), ReplyMessages.clip("For " + q.audience(), 1024), false);
            buttons.add(Button.primary(CustomIds.of(CustomIds.START, view.code(), q.questionnaireId()),
                    ReplyMessages.clip(q.button(), ReplyMessages.MAX_LABEL)));
        }
        embed.addField("Progress", ReplyMessages.clip(view.progress(), 1024), false);
        return new MessageCreateBuilder().setEmbeds(embed.build()).setComponents(ActionRow.of(buttons))
                .setAllowedMentions(List.of()).build();
    }
}
