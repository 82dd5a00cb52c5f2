package dev.mlsec.assessor.core.export;

import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.report.Anonymity;
import dev.mlsec.assessor.core.run.CompletedRun;
import dev.mlsec.assessor.core.run.CompletedRuns;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.Questionnaire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports anonymous answers, one row per completed run: its random id, questionnaire, version, day,
 * assessment, and the chosen option ids per question. No pseudonym, no time finer than a day. CSV
 * cells that a spreadsheet would run as a formula are neutralised. Runs are streamed, never all held.
 */
public final class AnswerExport {

    /** The formats. */
    public enum Format {
        CSV, JSON;

        public static Optional<Format> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String t = text.strip().toLowerCase(java.util.Locale.ROOT);
            return t.equals("csv") ? Optional.of(CSV) : t.equals("json") ? Optional.of(JSON) : Optional.empty();
        }
    }

    private final List<Questionnaire> questionnaires;
    private final CompletedRuns runs;
    private final Anonymity anonymity;

    public AnswerExport(List<Questionnaire> questionnaires, CompletedRuns runs, Anonymity anonymity) {
        this.questionnaires = List.copyOf(questionnaires);
        this.runs = runs;
        this.anonymity = anonymity;
    }

    /** One assessment's runs; refused while fewer than k are complete. */
    public void assessment(String code, Format format, Writer out) {
        List<CompletedRun> of = runs.ofAssessment(code);
        if (!anonymity.allows(of.size())) {
            throw new AssessorException(AssessorException.Problem.NOT_ENOUGH_ANSWERS,
                    "Not exported yet: " + anonymity.needed(of.size()) + ", so no row can be traced to a person.");
        }
        write(format, out, of::forEach);
    }

    /** Every completed run. */
    public void all(Format format, Writer out) {
        long[] count = {0};
        runs.forEach(r -> count[0]++);
        if (!anonymity.allows(count[0])) {
            throw new AssessorException(AssessorException.Problem.NOT_ENOUGH_ANSWERS,
                    "Not exported yet: " + anonymity.needed(count[0]) + ", so no row can be traced to a person.");
        }
        write(format, out, runs::forEach);
    }

    private void write(Format format, Writer out, java.util.function.Consumer<java.util.function.Consumer<CompletedRun>> source) {
        List<String> columns = new ArrayList<>(List.of("run_id", "questionnaire", "version", "completed_on", "assessment"));
        for (Questionnaire q : questionnaires) {
            for (Question question : q.questions()) {
                columns.add(q.id() + "." + question.id());
            }
        }
        try {
            if (format == Format.CSV) {
                out.write(csvLine(columns));
                source.accept(run -> {
                    try {
                        out.write(csvLine(cells(run, columns)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } else {
                try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
                    json.writeStartArray();
                    source.accept(run -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("runId", run.runId());
                        row.put("questionnaire", run.questionnaireId());
                        row.put("version", run.version());
                        row.put("completedOn", run.completedOn().toString());
                        row.put("assessment", run.assessmentCode().orElse(null));
                        row.put("answers", run.answers().byQuestion());
                        json.writePOJO(row);
                    });
                    json.writeEndArray();
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(CompletedRun run, List<String> columns) {
        List<String> cells = new ArrayList<>(List.of(run.runId(), run.questionnaireId(), run.version(),
                run.completedOn().toString(), run.assessmentCode().orElse("")));
        String prefix = run.questionnaireId() + ".";
        for (String column : columns.subList(5, columns.size())) {
            cells.add(column.startsWith(prefix)
                    ? String.join(";", run.answers().chosen(column.substring(prefix.length()))) : "");
        }
        return cells;
    }

    static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(csvCell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** Quotes where needed and neutralises cells a spreadsheet would evaluate (=, +, -, @, tab, CR). */
    static String csvCell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
