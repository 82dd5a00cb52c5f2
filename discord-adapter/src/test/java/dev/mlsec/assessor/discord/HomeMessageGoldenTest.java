package dev.mlsec.assessor.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.home.HomeService;
import dev.mlsec.assessor.core.home.HomeView;
import dev.mlsec.assessor.core.identity.Promises;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The home as a Discord message against golden JSON; set -Dgolden.update=true to rewrite it after a deliberate change. */
class HomeMessageGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void a_leads_home_numbers_its_entries_and_labels_each_button_with_its_entrys_number() throws IOException {
        HomeView home = new HomeView(HomeService.TITLE, Promises.ABOUT, List.of(
                new HomeView.Heading(HomeService.OPEN_RUNS),
                new HomeView.Entry("Attack surface and vulnerabilities", false, "Question 4 of ~27 · paused · on your own",
                        List.of(new HomeView.Button(new HomeView.Action.Resume("AAAAAAAAAAAAAAAAAAAAAA", "attack-surface"), "Resume"))),
                new HomeView.Heading(HomeService.ON_YOUR_OWN),
                new HomeView.Entry("Security of your ML system", false, "For Security engineers",
                        List.of(new HomeView.Button(new HomeView.Action.Start("security"), "Start"))),
                new HomeView.Heading("Assessments in this server (for leads)"),
                new HomeView.Entry("Fraud **model** @everyone", true, "`FRD-7K2QX` · Completed so far: Risk and impact 3 · "
                        + "Attack surface 5 · Security 4 · Bands: poisoning high, evasion medium",
                        List.of(new HomeView.Button(new HomeView.Action.Report("FRD-7K2QX"), "Report")))), 1, 2);
        String actual = HomeMessage.render(home).toData().toPrettyString();
        Path file = GOLDEN.resolve("home-lead.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual + "\n").isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
