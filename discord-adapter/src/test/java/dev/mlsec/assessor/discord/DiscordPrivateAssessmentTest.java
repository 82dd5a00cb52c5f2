package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.discord.fake.FakeDiscord;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Actor;
import dev.mlsec.assessor.discord.fake.FakeDiscord.Interaction;
import dev.mlsec.assessor.discord.fake.RecordedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /mlsec new name:… private:true} through the real JDA client against the fake Discord. */
class DiscordPrivateAssessmentTest {

    private final LiveBot live = LiveBot.start();
    private final FakeDiscord discord = live.discord;
    private final Actor lead = live.lead();

    @AfterEach
    void close() {
        live.close();
    }

    /** Creates a private assessment; returns its code and the description of its message. */
    private String[] newPrivate(Map<String, String> options) {
        Interaction created = discord.slash(lead, "new", options);
        DataObject shown = discord.awaitShown(created);
        String description = shown.getArray("embeds").getObject(0).getString("description");
        Matcher code = Pattern.compile("Assessment code `([^`]+)`").matcher(description);
        assertThat(code.find()).as(description).isTrue();
        live.awaitLocation(code.group(1));
        return new String[] {code.group(1), description};
    }

    private void completeEach(String code) {
        for (String questionnaire : List.of("risk-impact", "attack-surface", "security")) {
            Respondent who = new Respondent(Platform.DISCORD, LiveBot.GUILD, "6" + questionnaire.length());
            Reply reply = live.core.engine().handle(who, new Command.Start(questionnaire, Optional.of(code)));
            while (reply instanceof Reply.Prompt p) {
                reply = live.core.engine().handle(who, new Command.Answer(p.run().runId(), p.question().id(),
                        List.of(p.question().options().get(0).id())));
            }
        }
    }

    @Test
    void the_private_option_makes_a_private_assessment_whose_message_says_its_lead_sees_no_scores_until_k_answer_sets() {
        String[] created = newPrivate(Map.of("name", "Fraud model", "private", "true"));

        assertThat(created[1]).contains("This assessment is private: its lead sees no scores until each questionnaire "
                + "has at least 3 completed answer sets.");
        assertThat(live.core.assessments().isPrivate(created[0])).isTrue();
    }

    @Test
    void private_typed_after_the_name_counts_as_the_option() {
        String[] created = newPrivate(Map.of("name", "Fraud model --private"));

        assertThat(live.core.assessments().findAnywhere(created[0]).orElseThrow().name()).isEqualTo("Fraud model");
        assertThat(live.core.assessments().isPrivate(created[0])).isTrue();
    }

    @Test
    void with_one_answer_set_each_the_report_shows_no_scores_says_how_many_more_are_needed_and_attaches_nothing() {
        String code = newPrivate(Map.of("name", "Fraud model", "private", "true"))[0];
        completeEach(code);

        Interaction report = discord.slash(lead, "report", Map.of("code", code));

        RecordedRequest shown = discord.await(r -> r.is("PATCH", "/webhooks/" + FakeDiscord.APPLICATION_ID + "/" + report.token()));
        assertThat(shown.fileNames()).isEmpty();
        assertThat(shown.json()).contains("This assessment is private: its scores are withheld until each questionnaire "
                + "has at least 3 completed answer sets.", "Still needed:").doesNotContain("residual risk");
    }

    @Test
    void a_misplaced_or_unknown_option_in_the_name_gets_one_sentence_and_creates_nothing() {
        String before = live.core.dump();

        Interaction misplaced = discord.slash(lead, "new", Map.of("name", "--private Fraud model"));
        Interaction unknown = discord.slash(lead, "new", Map.of("name", "Fraud model --secret"));

        assertThat(live.content(misplaced)).isEqualTo("Put `--private` after the system's name, e.g. `fraud model v3 --private`.");
        assertThat(live.content(unknown)).isEqualTo("`--secret` is not an option of `new`: the only one is `--private`, "
                + "after the system's name.");
        assertThat(live.core.dump()).isEqualTo(before);
    }
}
