package dev.mlsec.assessor.core.home;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.core.engine.Command;
import dev.mlsec.assessor.core.engine.Reply;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.testing.OneLead;
import dev.mlsec.assessor.core.testing.TestAssessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HomeServiceTest {

    private final TestAssessor assessor = TestAssessor.withBundledQuestionnaires();
    private final Respondent lead = new Respondent(Platform.SLACK, "T-ACME", "U-LEAD");
    private final Respondent member = new Respondent(Platform.SLACK, "T-ACME", "U-MEMBER");
    private final HomeService homes = assessor.home().with(new OneLead("U-LEAD"));

    @AfterEach
    void close() {
        assessor.close();
    }

    private Reply.Prompt start(Respondent who, String questionnaire, Optional<String> code) {
        return (Reply.Prompt) assessor.engine().handle(who, new Command.Start(questionnaire, code));
    }

    private static List<HomeView.Entry> entries(HomeView view) {
        return view.items().stream().filter(HomeView.Entry.class::isInstance).map(HomeView.Entry.class::cast).toList();
    }

    @Test
    void a_member_with_an_open_run_sees_it_first_with_a_resume_button_for_that_run() {
        Reply.Prompt first = start(member, "security", Optional.empty());
        HomeView home = homes.of(member, 1);
        assertThat(home.items().get(0)).isEqualTo(new HomeView.Heading(HomeService.OPEN_RUNS));
        HomeView.Entry open = (HomeView.Entry) home.items().get(1);
        assertThat(open.title()).isEqualTo(first.run().questionnaireTitle());
        assertThat(open.detail()).startsWith("Question 1 of").contains("in progress").endsWith("on your own");
        assertThat(open.buttons()).containsExactly(
                new HomeView.Button(new HomeView.Action.Resume(first.run().runId(), "security"), "Resume"));
    }

    @Test
    void a_person_with_nothing_open_is_told_so_and_offered_every_questionnaire() {
        HomeView home = homes.of(member, 1);
        assertThat(home.items()).contains(new HomeView.Note(HomeService.NOTHING_OPEN));
        assertThat(home.buttons()).extracting(HomeView.Button::action)
                .containsExactlyElementsOf(assessor.questionnaires().stream()
                        .map(q -> (HomeView.Action) new HomeView.Action.Start(q.id())).toList());
    }

    @Test
    void a_member_sees_no_assessments_and_a_lead_sees_them_with_progress_counts_and_a_report_button() {
        String code = assessor.assessments().create(lead.spaceOf(), "fraud model").code();
        assertThat(homes.of(member, 1).buttons()).noneMatch(b -> b.action() instanceof HomeView.Action.Report);
        HomeView.Entry assessment = entries(homes.of(lead, 1)).stream().filter(HomeView.Entry::typed).findFirst().orElseThrow();
        assertThat(assessment.title()).isEqualTo("fraud model");
        assertThat(assessment.detail()).contains("`" + code + "`").contains("Completed so far: ").contains("Scores not shown yet");
        assertThat(assessment.buttons()).containsExactly(new HomeView.Button(new HomeView.Action.Report(code), "Report"));
    }

    @Test
    void another_workspaces_runs_and_assessments_are_not_listed() {
        Respondent elsewhere = new Respondent(Platform.SLACK, "T-OTHER", "U-LEAD");
        start(elsewhere, "security", Optional.empty());
        assessor.assessments().create(elsewhere.spaceOf(), "their model");
        HomeView home = homes.of(lead, 1);
        assertThat(home.items()).contains(new HomeView.Note(HomeService.NOTHING_OPEN), new HomeView.Note(HomeService.NO_ASSESSMENTS));
    }

    @Test
    void pages_hold_at_most_eight_entries_and_paging_through_them_shows_every_entry_once() {
        for (int i = 0; i < 13; i++) {
            assessor.assessments().create(lead.spaceOf(), "system " + i);
        }
        HomeView first = homes.of(lead, 1);
        List<HomeView.Entry> seen = new ArrayList<>();
        for (int page = 1; page <= first.pages(); page++) {
            HomeView view = homes.of(lead, page);
            assertThat(entries(view).size() + view.items().stream().filter(HomeView.Note.class::isInstance).count())
                    .isLessThanOrEqualTo(HomeService.ENTRIES_PER_PAGE);
            assertThat(view.items().get(0)).isInstanceOf(HomeView.Heading.class);
            seen.addAll(entries(view));
        }
        assertThat(first.pages()).isEqualTo(3);
        assertThat(seen.stream().filter(HomeView.Entry::typed)).hasSize(13).doesNotHaveDuplicates();
        assertThat(first.pageButtons()).containsExactly(new HomeView.Button(new HomeView.Action.Page(2), "Next page"));
        assertThat(homes.of(lead, 99).page()).isEqualTo(3);
    }

    @Test
    void a_finished_run_is_not_listed() {
        Reply.Prompt first = start(member, "security", Optional.empty());
        assessor.engine().handle(member, new Command.Abandon(first.run().runId()));
        assertThat(homes.of(member, 1).items()).contains(new HomeView.Note(HomeService.NOTHING_OPEN));
    }
}
