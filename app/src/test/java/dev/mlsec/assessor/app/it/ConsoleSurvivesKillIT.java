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
            second.awaitOutput("Question 2 of", 1, START);
            String back = second.awaitOutput("h help]", 2, START);
            assertThat(back.substring(back.lastIndexOf("Question 2 of"))).contains("  * 1) ");
            second.closeInput();
            assertThat(second.waitFor(START)).isZero();
            assertThat(second.output()).contains("answer(s) are kept");
        }
    }

    @Test
    void killed_at_random_points_of_a_scripted_run_no_acknowledged_answer_is_lost() throws Exception {
        java.util.Random random = new java.util.Random();
        int acknowledged = 0;
        for (int round = 0; round < 2; round++) {
            try (PackagedJar run = PackagedJar.start(data, Map.of(), "console", "--questionnaire", "attack-surface")) {
                run.awaitOutput("Question " + (acknowledged + 1) + " of", 1, START);
                // at most a handful of answers a round, so two rounds never reach the end of the questionnaire
                long killAt = System.nanoTime() + (300 + random.nextInt(700)) * 1_000_000L;
                while (System.nanoTime() < killAt) {
                    run.type("1");
                    Thread.sleep(200);
                }
                run.kill9();
                acknowledged = highestQuestion(run.output()) - 1;
            }
            try (PackagedJar resumed = PackagedJar.start(data, Map.of(), "console", "--questionnaire", "attack-surface")) {
                resumed.awaitOutput("Welcome back", 1, START);
                resumed.awaitOutput(" of ", 1, START);
                int at = highestQuestion(resumed.awaitOutput("h help]", 1, START));
                // every answer whose next question was shown survived; one more may have been stored as the kill came
                assertThat(at).isBetween(acknowledged + 1, acknowledged + 2);
                acknowledged = at - 1;
                resumed.kill9();
            }
        }
    }

    /** Waits until the console has answered a typed line: the next prompt, or the end of the run. */
    private static void awaitNextPrompt(PackagedJar run, int promptsBefore) throws InterruptedException {
        java.time.Instant until = java.time.Instant.now().plus(START);
        while (prompts(run.output()) <= promptsBefore && !run.output().contains("done, thank you!")) {
            assertThat(java.time.Instant.now()).as("an answer to the line typed in:%n%s", run.output()).isBefore(until);
            Thread.sleep(20);
        }
    }

    private static int prompts(String output) {
        return output.split("h help\\]", -1).length - 1;
    }

    private static int highestQuestion(String output) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Question (\\d+) of").matcher(output);
        int highest = 0;
        while (m.find()) {
            highest = Math.max(highest, Integer.parseInt(m.group(1)));
        }
        return highest;
    }

    @Test
    void a_piped_run_through_a_whole_questionnaire_prints_the_summary() throws Exception {
        try (PackagedJar run = PackagedJar.start(data, Map.of(), "console", "--questionnaire", "security")) {
            run.awaitOutput("Question 1 of", 1, START);
            for (int i = 0; i < 40 && !run.output().contains("done, thank you!"); i++) {
                int prompts = prompts(run.output());
                run.type("1");
                awaitNextPrompt(run, prompts);
            }
            run.awaitOutput("done, thank you!", 1, START);
            assertThat(run.output()).contains("Your mitigation scores per attack").contains("Model poisoning");
            assertThat(run.waitFor(START)).isZero();
        }
    }
}
