package dev.mlsec.assessor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

    @TempDir
    Path data;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = MlsecCli.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @AfterEach
    void clear() {
        System.clearProperty("mlsec.anonymity.k");
        System.clearProperty("mlsec.data-dir");
        System.clearProperty("mlsec.mongodb-uri");
    }

    @Test
    void bad_configuration_stops_with_one_sentence_naming_the_setting_and_exit_code_two() {
        System.setProperty("mlsec.data-dir", data.toString());
        System.setProperty("mlsec.anonymity.k", "2");
        assertThat(run("trends")).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(err.toString()).isEqualTo("mlsec-assessor: Invalid setting MLSEC_ANONYMITY_K (mlsec.anonymity.k): must be at"
                + " least 3 so no breakdown can single out a respondent, but is 2.\n");
    }

    @Test
    void a_malformed_mongodb_uri_is_named_without_its_value() {
        System.setProperty("mlsec.data-dir", data.toString());
        System.setProperty("mlsec.mongodb-uri", "mongo://admin:hunter2@db");
        assertThat(run("trends")).isEqualTo(ExitCodes.BAD_CONFIGURATION);
        assertThat(err.toString()).startsWith("mlsec-assessor: Invalid setting MONGODB_URI (mlsec.mongodb-uri):")
                .doesNotContain("hunter2").doesNotContain("Exception");
    }

    @Test
    void an_unknown_command_gets_usage_help_and_exit_code_one() {
        assertThat(run("fly")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).startsWith("mlsec-assessor: Unmatched argument at index 0: 'fly'");
    }

    @Test
    void an_unknown_assessment_code_is_refused_in_plain_words() {
        System.setProperty("mlsec.data-dir", data.toString());
        assertThat(run("report", "ZZZ-00000")).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).startsWith("mlsec-assessor: I don't know that assessment code here.");
    }

    @Test
    void lint_of_the_shipped_questionnaires_exits_zero() {
        assertThat(run("lint")).isEqualTo(ExitCodes.OK);
    }

    @Test
    void an_export_refused_by_the_lead_desk_says_why_in_its_words_and_writes_no_file() {
        System.setProperty("mlsec.data-dir", data.toString());
        Path file = data.resolve("answers.csv");
        assertThat(run("export", "--all", "--format", "csv", "--out", file.toString())).isEqualTo(ExitCodes.REFUSED);
        assertThat(err.toString()).startsWith("mlsec-assessor: Not exported yet: ").contains("so no row can be traced to a person");
        assertThat(file).doesNotExist();
    }

    @Test
    void the_trends_come_from_the_lead_desk_as_everyone_s_trends_in_json() throws Exception {
        System.setProperty("mlsec.data-dir", data.toString());
        Path file = data.resolve("trends.json");
        assertThat(run("trends", "--format", "json", "--out", file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(java.nio.file.Files.readString(file)).startsWith("{");
    }
}
