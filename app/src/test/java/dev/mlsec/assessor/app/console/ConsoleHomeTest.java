package dev.mlsec.assessor.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.home.HomeView;
import dev.mlsec.assessor.core.identity.Promises;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleHomeTest {

    @Test
    void an_open_run_is_listed_with_the_command_that_resumes_it() {
        HomeView home = new HomeView(HomeService.TITLE, Promises.ABOUT, List.of(
                new HomeView.Heading(HomeService.OPEN_RUNS),
                new HomeView.Entry("Security of your ML system", false, "Question 2 of ~14 · paused · on your own",
                        List.of(new HomeView.Button(new HomeView.Action.Resume("run-1", "security"), "Resume")))), 1, 2);

        assertThat(ConsoleHome.render(home)).isEqualTo("""
                MLSec Assessor
                %s

                Your unfinished questionnaires:
                  * Security of your ML system (Question 2 of ~14 · paused · on your own)
                      Resume: mlsec console --questionnaire security

                Page 1 of 2: mlsec home --page N
                """.formatted(Promises.ABOUT));
    }
}
