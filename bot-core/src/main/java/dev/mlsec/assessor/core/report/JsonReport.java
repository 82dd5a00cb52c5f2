package dev.mlsec.assessor.core.report;

import dev.mlsec.assessor.core.scoring.AttackScore;
import dev.mlsec.assessor.core.scoring.RiskPicture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** An assessment report as JSON: per attack id, impact, exposure, mitigation, residual and band. */
public final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonReport() {
    }

    public static String render(AssessmentReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("code", report.code());
        root.put("system", report.systemName());
        root.put("generatedOn", report.generatedOn().toString());
        Map<String, Integer> coverage = new LinkedHashMap<>();
        report.coverage().forEach(c -> coverage.put(c.questionnaireId(), c.completedRuns()));
        root.put("completedAnswerSets", coverage);
        report.withheld().ifPresent(w -> root.put("withheld", w));
        report.rounds().ifPresent(r -> root.put("round", RoundSection.json(r)));
        report.picture().ifPresent(p -> fill(root, p));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void fill(Map<String, Object> root, RiskPicture p) {
        root.put("model", p.model());
        Map<String, Object> attacks = new LinkedHashMap<>();
        for (AttackScore s : p.attacks()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("impact", s.impact());
            a.put("exposure", s.exposure());
            a.put("mitigation", s.mitigation());
            a.put("residual", s.residual());
            a.put("band", s.band().id());
            Map<String, Integer> stages = new LinkedHashMap<>();
            p.exposureByStage().get(s.attack()).forEach((st, v) -> stages.put(st.id(), v));
            a.put("exposureByStage", stages);
            var prof = p.profiles().get(s.attack());
            if (prof != null) {
                Map<String, Object> standards = new LinkedHashMap<>();
                standards.put("nist", prof.nist());
                standards.put("atlasTechniques", prof.techniques());
                standards.put("owasp", prof.owasp());
                a.put("standards", standards);
            }
            a.put("drivers", p.drivers(s.attack()).stream().map(d -> {
                Map<String, Object> driver = new LinkedHashMap<>();
                driver.put("part", d.part().id());
                driver.put("question", d.questionId());
                driver.put("answer", d.answer());
                driver.put("effect", d.effect());
                return driver;
            }).toList());
            attacks.put(s.attack().id(), a);
        }
        root.put("attacks", attacks);
        root.put("recommendations", p.recommendations().stream().map(r -> {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("text", r.text());
            rec.put("attacks", r.attacks().stream().map(x -> x.id()).toList());
            rec.put("priority", r.priority());
            rec.put("reduction", r.reduction());
            if (!r.controlId().isEmpty()) {
                rec.put("control", r.controlId());
                rec.put("organisational", r.organisational());
                rec.put("owasp", r.owasp());
                rec.put("atlas", r.atlas());
            }
            return rec;
        }).toList());
        Map<String, Double> maturity = new LinkedHashMap<>();
        p.maturity().forEach(m -> maturity.put(m.sectionId(), m.level()));
        root.put("maturity", maturity);
        root.put("disagreements", p.disagreements());
        root.put("assumptions", List.copyOf(p.assumptions()));
        root.put("versions", p.versions());
        Map<String, Object> refs = new LinkedHashMap<>();
        p.references().forEach((id, ref) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", ref.name());
            one.put("url", ref.url());
            refs.put(id, one);
        });
        root.put("references", refs);
    }
}
