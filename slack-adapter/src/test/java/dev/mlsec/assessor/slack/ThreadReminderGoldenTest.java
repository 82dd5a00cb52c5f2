package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import dev.mlsec.assessor.core.lead.RootView;
import dev.mlsec.assessor.core.remind.ThreadReminder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thread reminder as Slack draws it, against a reviewed golden file (regenerate with {@code -Dgolden.update=true}). */
class ThreadReminderGoldenTest {

    private static final Path FILE = Path.of("src/test/resources/golden/thread-reminder.json");

    static ThreadReminder reminder() {
        return new ThreadReminder("Reminder: 2 of 3 questionnaire(s) still need more completed answers (Risk impact, Security). "
                + "Each takes a few minutes, and names and ids are never stored; press a button below to answer.",
                new RootView("AS1-7K2QX", "Fraud <model>", List.of(
                        new RootView.Entry("risk-impact", "Risk impact", "Product owners", "Intro", "Answer Risk impact"),
                        new RootView.Entry("attack-surface", "Attack surface", "ML engineers", "Intro", "Answer Attack surface"),
                        new RootView.Entry("security", "Security", "Security team", "Intro", "Answer Security")),
                        "Risk impact 1 · Attack surface 3 · Security 0"));
    }

    @Test
    void a_thread_reminder_is_the_count_a_button_per_questionnaire_and_the_privacy_note() throws IOException {
        String actual = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(JsonParser.parseString(SlackThreadPosts.render(reminder()).toJsonText())) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(FILE, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(FILE, StandardCharsets.UTF_8));
    }
}
