package dev.mlsec.assessor.questions.load;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.catalogue.AttackProfile;
import dev.mlsec.assessor.questions.catalogue.Catalogue;
import dev.mlsec.assessor.questions.catalogue.Control;
import dev.mlsec.assessor.questions.catalogue.ControlKind;
import dev.mlsec.assessor.questions.catalogue.Reference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the catalogue: {@code controls.yaml} (the controls options name) and {@code standards.yaml}
 * (the standard ids reports may cite, and how the standards name each attack). Shape errors are
 * refused with the file and place; whether ids are known is the linter's check.
 */
public final class CatalogueLoader {

    /** Where the shipped catalogue lives on the class path. */
    public static final String BUNDLED_DIRECTORY = "catalogue/";
    public static final String CONTROLS = "controls.yaml";
    public static final String STANDARDS = "standards.yaml";

    private static final Set<String> CONTROL_KEYS = Set.of("id", "kind", "recommendation", "mitigates", "why", "owasp", "atlas");
    private static final Set<String> REFERENCE_KEYS = Set.of("id", "name", "url");
    private static final Set<String> PROFILE_KEYS = Set.of("nist", "techniques", "owasp");

    private static volatile Catalogue bundled;

    private CatalogueLoader() {
    }

    /** The shipped catalogue, read once. */
    public static Catalogue loadBundled() {
        Catalogue c = bundled;
        if (c == null) {
            c = load(resource(STANDARDS), resource(CONTROLS));
            bundled = c;
        }
        return c;
    }

    /** The catalogue in a directory holding {@code standards.yaml} and {@code controls.yaml}. */
    public static Catalogue load(Path directory) throws IOException {
        return load(Files.readAllBytes(directory.resolve(STANDARDS)), Files.readAllBytes(directory.resolve(CONTROLS)));
    }

    public static Catalogue load(byte[] standards, byte[] controlsYaml) {
        Map<String, Object> s = root(STANDARDS, standards);
        Map<String, Object> c = root(CONTROLS, controlsYaml);
        Map<String, Reference> known = new LinkedHashMap<>();
        for (Object node : list(STANDARDS, s, "references", "")) {
            Map<String, Object> m = map(STANDARDS, node, "references", "each reference is {id, name, url}");
            keys(STANDARDS, m, REFERENCE_KEYS, "references");
            String id = text(STANDARDS, m, "id", "a reference");
            known.put(id, new Reference(id, text(STANDARDS, m, "name", id), text(STANDARDS, m, "url", id)));
        }
        Map<Attack, AttackProfile> profiles = new EnumMap<>(Attack.class);
        Map<String, Object> attacks = map(STANDARDS, s.get("attacks"), "attacks", "'attacks' maps each attack to {nist, techniques, owasp}");
        for (Map.Entry<String, Object> e : attacks.entrySet()) {
            Attack attack = Attack.fromId(e.getKey()).orElseThrow(() -> new QuestionnaireFormatException(STANDARDS, "attacks",
                    "'" + e.getKey() + "' is not an attack; use poisoning, evasion, stealing or inference"));
            Map<String, Object> m = map(STANDARDS, e.getValue(), e.getKey(), "each attack is {nist, techniques, owasp}");
            keys(STANDARDS, m, PROFILE_KEYS, e.getKey());
            profiles.put(attack, new AttackProfile(attack, ids(STANDARDS, m, "nist", e.getKey()),
                    ids(STANDARDS, m, "techniques", e.getKey()), ids(STANDARDS, m, "owasp", e.getKey())));
        }
        Map<String, Control> controls = new LinkedHashMap<>();
        for (Object node : list(CONTROLS, c, "controls", "")) {
            Map<String, Object> m = map(CONTROLS, node, "controls", "each control is a mapping with id, kind, recommendation, mitigates, why");
            String id = text(CONTROLS, m, "id", "a control");
            String where = "control '" + id + "'";
            keys(CONTROLS, m, CONTROL_KEYS, where);
            ControlKind kind = ControlKind.fromId(text(CONTROLS, m, "kind", where)).orElseThrow(() ->
                    new QuestionnaireFormatException(CONTROLS, where, "'kind' must be ml or organisational"));
            Map<Attack, Double> weights = new EnumMap<>(Attack.class);
            Map<String, Object> mitigates = map(CONTROLS, m.get("mitigates"), where,
                    "'mitigates' maps attacks to the share of attempts the control stops, from 0 to 1");
            for (Map.Entry<String, Object> w : mitigates.entrySet()) {
                Attack attack = Attack.fromId(w.getKey()).orElseThrow(() -> new QuestionnaireFormatException(CONTROLS, where,
                        "'" + w.getKey() + "' is not an attack; use poisoning, evasion, stealing or inference"));
                if (!(w.getValue() instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
                    throw new QuestionnaireFormatException(CONTROLS, where, "the weight of '" + w.getKey() + "' must be a number from 0 to 1");
                }
                weights.put(attack, n.doubleValue());
            }
            if (controls.containsKey(id)) {
                throw new QuestionnaireFormatException(CONTROLS, where, "appears twice; give each control its own id");
            }
            controls.put(id, new Control(id, text(CONTROLS, m, "recommendation", where), kind, weights,
                    text(CONTROLS, m, "why", where), ids(CONTROLS, m, "owasp", where), ids(CONTROLS, m, "atlas", where)));
        }
        return new Catalogue(controls, known, profiles);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(BUNDLED_DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalogue file " + BUNDLED_DIRECTORY + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> root(String source, byte[] bytes) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return map(source, new Yaml(new SafeConstructor(options)).load(new String(bytes, StandardCharsets.UTF_8)), "",
                    "the file must be a mapping");
        } catch (YAMLException e) {
            throw new QuestionnaireFormatException(source, "", "not valid YAML: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String source, Object node, String where, String expected) {
        if (!(node instanceof Map<?, ?> m) || m.keySet().stream().anyMatch(k -> !(k instanceof String))) {
            throw new QuestionnaireFormatException(source, where, expected);
        }
        return (Map<String, Object>) m;
    }

    private static List<?> list(String source, Map<String, Object> map, String key, String where) {
        if (!(map.get(key) instanceof List<?> l)) {
            throw new QuestionnaireFormatException(source, where, "'" + key + "' must be a list");
        }
        return l;
    }

    private static String text(String source, Map<String, Object> map, String key, String where) {
        if (!(map.get(key) instanceof String s) || s.isBlank()) {
            throw new QuestionnaireFormatException(source, where, "'" + key + "' is missing or not text");
        }
        return s.strip();
    }

    private static List<String> ids(String source, Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new QuestionnaireFormatException(source, where, "'" + key + "' must be a list of ids");
        }
        List<String> ids = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof String s) || s.isBlank()) {
                throw new QuestionnaireFormatException(source, where, "'" + key + "' must be a list of ids");
            }
            ids.add(s);
        }
        return ids;
    }

    private static void keys(String source, Map<String, Object> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new QuestionnaireFormatException(source, where, "unknown key '" + key + "'; allowed here: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }
}
