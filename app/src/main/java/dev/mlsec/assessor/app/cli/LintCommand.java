package dev.mlsec.assessor.app.cli;

import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Section;
import dev.mlsec.assessor.questions.lint.LintProblem;
import dev.mlsec.assessor.questions.lint.LintResult;
import dev.mlsec.assessor.questions.lint.QuestionnaireLinter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** Checks questionnaire definitions; needs no store. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check questionnaire definitions: references, reachability, scoring tags, platform limits.",
            "Exit 0 when every definition is valid, 1 with one line per problem when not."})
public final class LintCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "a directory of *.yaml definitions (default: the shipped ones)")
    Path directory;

    @Option(names = "--json", description = "print id, version, hash, sections and question count of each questionnaire as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UserError(directory + " is not a directory; give a directory of questionnaire *.yaml files.");
        }
        LintResult result = directory == null ? QuestionnaireLinter.lintBundled() : QuestionnaireLinter.lint(directory);
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(summary(result)));
        }
        for (LintProblem problem : result.problems()) {
            System.err.println(problem.message());
        }
        if (!json) {
            out.println(result.isClean()
                    ? result.questionnaires().size() + " questionnaire(s) valid: "
                            + String.join(", ", result.questionnaires().stream().map(q -> q.id() + " " + q.version()).toList())
                    : result.problems().size() + " problem(s) found.");
        }
        return result.isClean() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    private static List<Map<String, Object>> summary(LintResult result) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Questionnaire q : result.questionnaires()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", q.id());
            entry.put("version", q.version());
            entry.put("hash", q.hash());
            entry.put("sections", q.sections().stream().map(Section::id).toList());
            entry.put("questions", q.questions().size());
            all.add(entry);
        }
        return all;
    }
}
