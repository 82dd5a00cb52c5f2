package dev.mlsec.assessor.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, killed with SIGKILL between two answers, loses no committed answer. */
class ConsoleSurvivesKillIT {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void a_run_killed_between_two_answers_resumes_at_the_right_question_with_every_answer_intact() throws Exception {
        try (PackagedJar first = PackagedJar.start(data, Map.of(), "console", "--questionnaire", "attack-surface")) {
            first.awaitOutput("Question 1 of", 1, START);
            first.type("1");
            first.awaitOutput("Question 2 of", 1, START);
            first.type("1");
            first.awaitOutput("Question 3 of", 1, START);
            first.kill9();
        }
        try (PackagedJar second = PackagedJar.start(data, Map.of(), "console", "--questionnaire", "attack-surface")) {
            String out = second.awaitOutput("Question 3 of", 1, START);
            assertThat(out).contains("Welcome back: resuming where you left off");
            second.type("b");
            String back = second.awaitOutput("Question 2 of", 1, START);
            assertThat(back.substring(back.lastIndexOf("Question 2 of"))).contains("  * 1) ");
            second.closeInput();
            assertThat(second.waitFor(START)).isZero();
            assertThat(second.output()).contains("answer(s) are kept");
        }
    }

    @Test
    void a_piped_run_through_a_whole_questionnaire_prints_the_summary() throws Exception {
        try (PackagedJar run = PackagedJar.start(data, Map.of(), "console", "--questionnaire", "security")) {
            run.awaitOutput("Question 1 of", 1, START);
            for (int i = 0; i < 40 && !run.output().contains("is complete"); i++) {
                run.type("1");
                Thread.sleep(150);
            }
            run.awaitOutput("is complete", 1, START);
            assertThat(run.output()).contains("Your answers, as mitigation per attack").contains("Model poisoning");
            assertThat(run.waitFor(START)).isZero();
        }
    }
}
