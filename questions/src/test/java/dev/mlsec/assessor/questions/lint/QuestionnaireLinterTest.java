package dev.mlsec.assessor.questions.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Scoring;
import dev.mlsec.assessor.questions.Section;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireLinterTest {

    @TempDir
    Path dir;

    /** Lints one fixture from src/test/resources/lint through the directory entry point. */
    private List<String> problemsOf(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/lint/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            Files.write(dir.resolve(fixture), in.readAllBytes());
        }
        return QuestionnaireLinter.lint(dir).messages();
    }

    @Test
    void a_condition_naming_an_unknown_question_is_refused() throws IOException {
        assertThat(problemsOf("dangling-question.yaml")).containsExactly(
                "dangling-question.yaml: question 'customer-count': condition names question 'sources', which does not exist; use the id of an earlier question",
                "dangling-question.yaml: question 'customer-count': no answers lead to this question, its condition can never hold; check its 'when'");
    }

    @Test
    void a_condition_naming_an_option_the_question_does_not_have_lists_the_options_it_has() throws IOException {
        assertThat(problemsOf("dangling-option.yaml")).containsExactly(
                "dangling-option.yaml: question 'customer-count': condition names option 'clients' that question 'data-sources' does not have; use one of: in-house, customers",
                "dangling-option.yaml: question 'customer-count': no answers lead to this question, its condition can never hold; check its 'when'");
    }

    @Test
    void a_condition_on_the_question_itself_is_refused() throws IOException {
        assertThat(problemsOf("condition-on-itself.yaml")).containsExactly(
                "condition-on-itself.yaml: question 'customer-count': condition names the question itself; a question can only depend on earlier questions");
    }

    @Test
    void a_condition_on_a_later_question_is_refused() throws IOException {
        assertThat(problemsOf("condition-on-later-question.yaml")).containsExactly(
                "condition-on-later-question.yaml: question 'customer-count': condition names question 'labelling', which comes later; move 'labelling' before this question or drop the condition",
                "condition-on-later-question.yaml: question 'customer-count': no answers lead to this question, its condition can never hold; check its 'when'");
    }

    @Test
    void a_question_no_answer_path_shows_is_unreachable() throws IOException {
        assertThat(problemsOf("unreachable-question.yaml")).containsExactly(
                "unreachable-question.yaml: question 'customer-count': no answers lead to this question, its condition can never hold; check its 'when'");
    }

    @Test
    void a_section_whose_questions_never_show_is_refused() throws IOException {
        assertThat(problemsOf("section-never-shown.yaml")).containsExactly(
                "section-never-shown.yaml: question 'customer-count': no answers lead to this question, its condition can never hold; check its 'when'",
                "section-never-shown.yaml: section 'customers': none of its questions can ever be shown; check their 'when' or remove the section");
    }

    @Test
    void a_path_that_shows_no_question_at_all_is_refused() throws IOException {
        assertThat(problemsOf("no-question-shown.yaml")).contains(
                "no-question-shown.yaml: shows no question at all to a respondent who has answered nothing; make the first question unconditional");
    }

    @Test
    void an_empty_section_is_refused() throws IOException {
        assertThat(problemsOf("empty-section.yaml")).containsExactly(
                "empty-section.yaml: section 'later' has no questions; add questions or remove the section");
    }

    @Test
    void two_questions_with_one_id_are_refused() throws IOException {
        assertThat(problemsOf("duplicate-question-id.yaml")).containsExactly(
                "duplicate-question-id.yaml: question 'data-sources': appears 2 times; give each question its own id");
    }

    @Test
    void two_options_with_one_id_are_refused() throws IOException {
        assertThat(problemsOf("duplicate-option-id.yaml")).containsExactly(
                "duplicate-option-id.yaml: question 'data-sources': option 'in-house' appears 2 times; give each option its own id");
    }

    @Test
    void two_sections_with_one_id_are_refused() throws IOException {
        assertThat(problemsOf("duplicate-section-id.yaml")).containsExactly(
                "duplicate-section-id.yaml: section 'main' appears 2 times; give each section its own id");
    }

    @Test
    void an_option_without_scores_is_refused() throws IOException {
        assertThat(problemsOf("option-without-scores.yaml")).containsExactly(
                "option-without-scores.yaml: question 'data-sources': option 'customers' has no scores; name the attacks it bears on (poisoning, evasion, stealing, inference), with weight 0 where it reveals no weakness");
    }

    @Test
    void a_question_without_why_is_refused() throws IOException {
        assertThat(problemsOf("missing-why.yaml")).containsExactly(
                "missing-why.yaml: question 'data-sources': 'why' is missing");
    }

    @Test
    void a_question_with_an_empty_why_is_refused() throws IOException {
        assertThat(problemsOf("empty-why.yaml")).containsExactly(
                "empty-why.yaml: question 'data-sources': 'why' is empty");
    }

    @Test
    void a_why_made_only_of_spaces_is_refused_when_the_model_is_built_in_code() {
        Question blank = new Question("data-sources", "main", "Which one?", " ", new QuestionKind.SingleChoice(),
                List.of(option("in-house"), option("customers")), new Condition.Always(), false);

        assertThat(QuestionnaireLinter.lint("code", questionnaire(blank))).extracting(LintProblem::message).containsExactly(
                "code: question 'data-sources': 'why' is empty; explain in one paragraph why this matters and which attacks it bears on");
    }

    @Test
    void a_multiple_choice_whose_minimum_exceeds_its_options_is_refused() throws IOException {
        assertThat(problemsOf("unmeetable-min.yaml")).containsExactly(
                "unmeetable-min.yaml: question 'data-sources': 'min' is 3 but there are only 2 options; lower 'min' or add options");
    }

    @Test
    void a_single_choice_with_one_option_is_refused() throws IOException {
        assertThat(problemsOf("single-with-one-option.yaml")).containsExactly(
                "single-with-one-option.yaml: question 'data-sources': a single-choice question needs at least 2 options, it has 1; add options");
    }

    @Test
    void a_scale_with_one_option_is_refused() throws IOException {
        assertThat(problemsOf("scale-with-one-option.yaml")).containsExactly(
                "scale-with-one-option.yaml: question 'data-sources': a scale question needs at least 2 options, it has 1; add options");
    }

    @Test
    void two_dont_know_options_in_one_question_are_refused() throws IOException {
        assertThat(problemsOf("two-dont-know-options.yaml")).containsExactly(
                "two-dont-know-options.yaml: question 'data-sources': has 2 \"don't know\" options (dont-know, not-sure); keep one");
    }

    @Test
    void a_label_longer_than_slack_shows_is_refused() throws IOException {
        assertThat(problemsOf("label-too-long.yaml")).containsExactly(
                "label-too-long.yaml: question 'data-sources': option 'customers' has a label of 86 characters; shorten it to at most 75 (Slack's limit for option text)");
    }

    @Test
    void more_options_than_a_discord_menu_holds_are_refused() throws IOException {
        assertThat(problemsOf("too-many-options.yaml")).containsExactly(
                "too-many-options.yaml: question 'data-sources': has 26 options; keep at most 25 (Discord's select-menu limit) or split the question");
    }

    @Test
    void a_question_text_longer_than_a_discord_message_is_refused() throws IOException {
        assertThat(problemsOf("text-too-long.yaml")).containsExactly(
                "text-too-long.yaml: question 'data-sources': 'text' has 2006 characters; shorten it to at most 2000 (Discord's message limit)");
    }

    @Test
    void a_why_longer_than_1000_characters_is_refused() throws IOException {
        assertThat(problemsOf("why-too-long.yaml")).containsExactly(
                "why-too-long.yaml: question 'data-sources': 'why' has 1013 characters; shorten it to at most 1000");
    }

    @Test
    void a_question_id_that_cannot_travel_in_a_button_id_is_refused() throws IOException {
        assertThat(problemsOf("bad-question-id.yaml")).containsExactly(
                "bad-question-id.yaml: question 'Data_Sources': id 'Data_Sources' is not usable in chat button ids; use lower-case letters, digits and single dashes (like 'data-sources'), at most 40 characters");
    }

    @Test
    void an_option_id_with_capitals_is_refused() throws IOException {
        assertThat(problemsOf("bad-option-id.yaml")).containsExactly(
                "bad-option-id.yaml: question 'data-sources': option id 'Customers' is not usable in chat button ids; use lower-case letters, digits and single dashes (like 'data-sources'), at most 40 characters");
    }

    @Test
    void an_id_longer_than_40_characters_is_refused() throws IOException {
        assertThat(problemsOf("id-too-long.yaml")).containsExactly(
                "id-too-long.yaml: question 'where-does-the-training-data-come-from-today': id 'where-does-the-training-data-come-from-today' is not usable in chat button ids; use lower-case letters, digits and single dashes (like 'data-sources'), at most 40 characters");
    }

    @Test
    void a_questionnaire_id_with_a_space_is_refused() throws IOException {
        assertThat(problemsOf("bad-questionnaire-id.yaml")).containsExactly(
                "bad-questionnaire-id.yaml: questionnaire id 'Fixture One' is not usable in chat button ids; use lower-case letters, digits and single dashes (like 'data-sources'), at most 40 characters");
    }

    @Test
    void an_exposure_option_without_a_stage_is_refused() throws IOException {
        assertThat(problemsOf("option-without-stage.yaml")).containsExactly(
                "option-without-stage.yaml: question 'data-sources': option 'in-house' has no stage; give the option or its section a stage (data-collection, design, training, deployment)",
                "option-without-stage.yaml: question 'data-sources': option 'customers' has no stage; give the option or its section a stage (data-collection, design, training, deployment)");
    }

    @Test
    void a_bundled_questionnaire_id_with_the_wrong_dimension_is_refused() throws IOException {
        assertThat(problemsOf("wrong-bundled-dimension.yaml")).containsExactly(
                "wrong-bundled-dimension.yaml: questionnaire 'security' must have dimension 'mitigation', not 'impact'");
    }

    @Test
    void two_files_with_one_questionnaire_id_are_refused() throws IOException {
        problemsOf("unreachable-question.yaml");

        assertThat(problemsOf("dangling-option.yaml")).contains(
                "unreachable-question.yaml: questionnaire id 'fixture' is already used by dangling-option.yaml; give each questionnaire its own id");
    }

    @Test
    void a_format_error_becomes_a_problem_naming_the_question() throws IOException {
        problemsOf("missing-why.yaml");

        assertThat(QuestionnaireLinter.lint(dir).problems())
                .containsExactly(new LintProblem("missing-why.yaml", "data-sources", "missing-why.yaml: question 'data-sources': 'why' is missing"));
    }

    @Test
    void a_directory_without_definitions_is_a_problem() {
        assertThat(QuestionnaireLinter.lint(dir).messages()).containsExactly(
                dir + ": holds no questionnaire definitions; add *.yaml files");
    }

    @Test
    void a_missing_directory_is_a_problem() {
        Path missing = dir.resolve("nowhere");

        assertThat(QuestionnaireLinter.lint(missing).messages()).containsExactly(
                missing + ": no such directory; give the directory that holds the questionnaire files");
    }

    @Test
    void a_clean_questionnaire_built_in_code_has_no_problems() {
        Question only = new Question("data-sources", "main", "Which one?", "It bears on poisoning.",
                new QuestionKind.SingleChoice(), List.of(option("in-house"), option("customers")), new Condition.Always(), false);

        assertThat(QuestionnaireLinter.lint("code", questionnaire(only))).isEmpty();
    }

    @Test
    void a_branch_behind_a_multiple_choice_combination_is_reachable() {
        Question sources = new Question("data-sources", "main", "Which?", "Poisoning.", new QuestionKind.MultipleChoice(1, 3),
                List.of(option("in-house"), option("customers"), option("partners")), new Condition.Always(), false);
        Question both = new Question("mixing", "main", "Mixed?", "Poisoning.", new QuestionKind.SingleChoice(),
                List.of(option("yes-mixed"), option("not-mixed")),
                new Condition.AllOf(List.of(
                        new Condition.Chosen("data-sources", Condition.Match.ALL_OF, List.of("customers", "partners")),
                        new Condition.Not(new Condition.Chosen("data-sources", Condition.Match.ANY_OF, List.of("in-house"))))),
                false);

        assertThat(QuestionnaireLinter.lint("code", questionnaire(sources, both))).isEmpty();
    }

    @Test
    void a_missing_bundled_questionnaire_is_a_problem() throws IOException {
        Path bundled = Files.createDirectories(dir.resolve("classes/questionnaires"));
        for (String id : List.of("risk-impact", "attack-surface")) {
            try (InputStream in = getClass().getResourceAsStream("/questionnaires/" + id + ".yaml")) {
                Files.write(bundled.resolve(id + ".yaml"), in.readAllBytes());
            }
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            assertThat(QuestionnaireLinter.lintBundled(loader).messages()).containsExactly(
                    "security.yaml: the bundled questionnaire 'security' is missing; add questionnaires/security.yaml to the class path");
        }
    }

    @Test
    void a_bundled_file_declaring_another_id_is_a_problem() throws IOException {
        Path bundled = Files.createDirectories(dir.resolve("classes/questionnaires"));
        for (String id : List.of("risk-impact", "attack-surface", "security")) {
            try (InputStream in = getClass().getResourceAsStream("/questionnaires/" + id + ".yaml")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Files.writeString(bundled.resolve(id + ".yaml"),
                        id.equals("security") ? text.replaceFirst("id: security", "id: defences") : text);
            }
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()}, null)) {
            assertThat(QuestionnaireLinter.lintBundled(loader).messages()).containsExactly(
                    "security.yaml: declares id 'defences' but is bundled as 'security'; set id: security");
        }
    }

    private static Option option(String id) {
        return new Option(id, id, new Scoring(Dimension.IMPACT, Map.of(Attack.POISONING, 0.1)), Optional.empty(),
                Optional.empty(), false);
    }

    private static Questionnaire questionnaire(Question... questions) {
        return new Questionnaire("fixture", "1.0.0", "Fixture", "Tests", "Intro", Dimension.IMPACT,
                List.of(new Section("main", "Main", Optional.empty(), List.of(questions))), "0".repeat(64));
    }

    @Test
    void a_none_option_of_a_multiple_choice_question_that_is_not_exclusive_is_refused() throws IOException {
        assertThat(problemsOf("none-not-exclusive.yaml")).containsExactly(
                "none-not-exclusive.yaml: question 'defences': option 'none' (\"None of these\") rules out the others but is not exclusive;"
                        + " add 'exclusive: true' so it cannot be ticked with them");
    }

    @Test
    void an_option_naming_a_control_the_catalogue_does_not_have_is_refused() throws IOException {
        assertThat(problemsOf("unknown-control.yaml")).containsExactly(
                "unknown-control.yaml: question 'sanitisation': option 'automated' names control 'data-scrubbing', which is not in"
                        + " controls.yaml; use one of its ids or add the control there");
    }

    @Test
    void a_catalogue_citing_an_unknown_atlas_id_or_overclaiming_an_organisational_measure_is_refused() throws IOException {
        Path catalogue = dir.resolve("catalogue");
        Files.createDirectories(catalogue);
        for (String name : List.of("standards.yaml", "controls.yaml")) {
            try (InputStream in = getClass().getResourceAsStream("/lint/catalogue-unknown-atlas/" + name)) {
                Files.write(catalogue.resolve(name), in.readAllBytes());
            }
        }
        assertThat(QuestionnaireLinter.lintCatalogue(catalogue).messages()).containsExactly(
                "controls.yaml: control 'adversarial-training': cites 'AML.M0099', which is not a known standard id;"
                        + " add it to standards.yaml once verified, or correct it",
                "controls.yaml: control 'ml-threat-analysis': claims 0.3 against evasion; an organisational measure may claim at most 0.1",
                "controls.yaml: control 'ml-threat-analysis': is organisational but cites ATLAS AML.M0003; an organisational measure"
                        + " implements no ATLAS mitigation");
    }

    @Test
    void the_bundled_catalogue_cites_only_known_ids() {
        assertThat(QuestionnaireLinter.lintCatalogue(dev.mlsec.assessor.questions.load.CatalogueLoader.loadBundled())).isEmpty();
    }
}
