package dev.mlsec.assessor.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.home.HomeView;
import dev.mlsec.assessor.core.identity.Promises;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The App Home's blocks compared with reviewed golden files (regenerate with {@code -Dgolden.update=true}). */
class HomeRendererGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** A member's home: one open run, and the questionnaires to start. */
    static HomeView member() {
        return new HomeView(HomeService.TITLE, Promises.ABOUT, List.of(
                new HomeView.Heading(HomeService.OPEN_RUNS),
                new HomeView.Entry("Attack surface and vulnerabilities", false,
                        "Question 4 of ~27 · paused · for assessment `FRD-7K2QX`",
                        List.of(new HomeView.Button(new HomeView.Action.Resume("run-0123456789abcdef", "attack-surface"), "Resume"))),
                new HomeView.Heading(HomeService.ON_YOUR_OWN),
                new HomeView.Entry("Risk and impact assessment", false, "For Product owners",
                        List.of(new HomeView.Button(new HomeView.Action.Start("risk-impact"), "Start"))),
                new HomeView.Entry("Security of your ML system", false, "For Security engineers",
                        List.of(new HomeView.Button(new HomeView.Action.Start("security"), "Start")))), 1, 1);
    }

    /** A lead's second page: assessments, one with typed text that must stay as typed. */
    static HomeView lead() {
        return new HomeView(HomeService.TITLE, Promises.ABOUT, List.of(
                new HomeView.Heading("Assessments in this workspace (for leads)"),
                new HomeView.Entry("Fraud <model> & co", true,
                        "`FRD-7K2QX` · Completed so far: Risk and impact 3 · Attack surface 5 · Security 4 · Bands: "
                                + "poisoning high, evasion medium, model stealing low, training-data inference medium",
                        List.of(new HomeView.Button(new HomeView.Action.Report("FRD-7K2QX"), "Report"))),
                new HomeView.Entry("Churn scorer", true, "`CHN-2M8PL` · Completed so far: Risk and impact 1 · "
                        + "Attack surface 0 · Security 0 · Scores not shown yet",
                        List.of(new HomeView.Button(new HomeView.Action.Report("CHN-2M8PL"), "Report")))), 2, 3);
    }

    @Test
    void a_members_home_lists_the_open_run_with_resume_then_the_questionnaires_to_start() throws IOException {
        golden("home-member.json", member());
    }

    @Test
    void a_leads_home_page_lists_assessments_with_progress_bands_report_and_page_buttons() throws IOException {
        golden("home-lead.json", lead());
    }

    private static void golden(String name, HomeView home) throws IOException {
        SlackLimitsTest.checkLimits(name, new SlackMessage("home", HomeRenderer.blocks(home)).toJson());
        String actual = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(JsonParser.parseString(new SlackMessage("home", HomeRenderer.blocks(home)).toJsonText())) + "\n";
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
