package dev.mlsec.assessor.questions.load;

import dev.mlsec.assessor.questions.Attack;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Effect;
import dev.mlsec.assessor.questions.ImpactLevel;
import dev.mlsec.assessor.questions.PoisoningPath;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Section;
import dev.mlsec.assessor.questions.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads questionnaire definitions from YAML. Unknown keys, missing fields and values of the wrong
 * shape are refused with a message that names the file, the place and what to fix; semantic checks
 * (references, reachability, platform limits) are the linter's.
 */
public final class QuestionnaireLoader {

    /** The questionnaires shipped with the bot, in the order a team answers them. */
    public static final List<String> BUNDLED_IDS = List.of("risk-impact", "attack-surface", "security");

    /** Where the shipped definitions live on the class path. */
    public static final String BUNDLED_DIRECTORY = "questionnaires/";

    private static final int MAX_DEFINITION_BYTES = 1 << 20;

    private static final Set<String> QUESTIONNAIRE_KEYS =
            Set.of("id", "version", "title", "audience", "intro", "dimension", "sections");
    private static final Set<String> SECTION_KEYS = Set.of("id", "title", "stage", "questions");
    private static final Set<String> QUESTION_KEYS =
            Set.of("id", "kind", "text", "why", "options", "when", "skippable", "min", "max");
    private static final Set<String> OPTION_KEYS =
            Set.of("id", "label", "scores", "dimension", "stage", "recommendation", "dontKnow", "exclusive",
                    "impact", "raises", "motive", "access", "whitebox", "susceptibility", "path", "pathFactor", "uptake",
                    "control", "gap");
    private static final Set<String> EFFECT_KEYS = Set.of("impact", "raises", "motive", "access", "whitebox",
            "susceptibility", "path", "pathFactor", "uptake", "control", "gap");

    private QuestionnaireLoader() {
    }

    /** The shipped questionnaires, in {@link #BUNDLED_IDS} order. */
    public static List<Questionnaire> loadBundled() {
        List<Questionnaire> all = new ArrayList<>();
        for (String id : BUNDLED_IDS) {
            String resource = BUNDLED_DIRECTORY + id + ".yaml";
            try (InputStream in = QuestionnaireLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled questionnaire " + resource + " is missing");
                }
                all.add(load(id + ".yaml", in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(all);
    }

    /** Every {@code *.yaml} / {@code *.yml} file in the directory, sorted by file name. */
    public static List<Path> definitionFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
            }).sorted().toList();
        }
    }

    public static Questionnaire load(Path file) throws IOException {
        if (Files.size(file) > MAX_DEFINITION_BYTES) {
            throw new QuestionnaireFormatException(file.getFileName().toString(), "",
                    "the file is larger than " + MAX_DEFINITION_BYTES + " bytes");
        }
        return load(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** Parses one definition; {@code source} names it in error messages. */
    public static Questionnaire load(String source, byte[] bytes) {
        if (bytes.length > MAX_DEFINITION_BYTES) {
            throw new QuestionnaireFormatException(source, "", "the file is larger than " + MAX_DEFINITION_BYTES + " bytes");
        }
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(MAX_DEFINITION_BYTES);
            root = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                    options, new PlainWordsResolver()).load(new String(bytes, StandardCharsets.UTF_8));
        } catch (YAMLException e) {
            throw new QuestionnaireFormatException(source, "", "not valid YAML: " + firstLine(e.getMessage()));
        }
        return new Reader(source).questionnaire(root, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }

    /**
     * YAML 1.2 scalars: only {@code true}/{@code false} are booleans, so a label such as {@code No} or
     * {@code Yes} stays the word an author wrote, and dates stay text.
     */
    private static final class PlainWordsResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, java.util.regex.Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }

    /** Turns the parsed maps and lists into the model, tracking where it is for error messages. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        Questionnaire questionnaire(Object root, String hash) {
            Map<String, Object> map = map(root, "", "the file must be a mapping with id, version, title, ...");
            checkKeys(map, QUESTIONNAIRE_KEYS, "");
            String id = text(map, "id", "");
            String version = text(map, "version", "");
            if (!version.matches("\\d+\\.\\d+\\.\\d+")) {
                throw fail("", "'version' must be a semantic version like 1.0.0, not '" + version + "'");
            }
            Dimension dimension = Dimension.fromId(text(map, "dimension", ""))
                    .orElseThrow(() -> fail("", "'dimension' must be one of impact, exposure, mitigation"));
            List<Section> sections = new ArrayList<>();
            for (Object s : list(map, "sections", "")) {
                sections.add(section(s, dimension));
            }
            return new Questionnaire(id, version, text(map, "title", ""), text(map, "audience", ""),
                    text(map, "intro", ""), dimension, sections, hash);
        }

        private Section section(Object node, Dimension dimension) {
            Map<String, Object> map = map(node, "sections", "each section must be a mapping with id, title, questions");
            String id = text(map, "id", "a section");
            String where = "section '" + id + "'";
            checkKeys(map, SECTION_KEYS, where);
            Optional<Stage> stage = optionalText(map, "stage", where).map(s -> stage(s, where));
            List<Question> questions = new ArrayList<>();
            for (Object q : list(map, "questions", where)) {
                questions.add(question(q, id, stage, dimension));
            }
            return new Section(id, text(map, "title", where), stage, questions);
        }

        private Question question(Object node, String sectionId, Optional<Stage> stage, Dimension dimension) {
            Map<String, Object> map = map(node, "section '" + sectionId + "'", "each question must be a mapping");
            String id = text(map, "id", "a question of section '" + sectionId + "'");
            String where = "question '" + id + "'";
            checkKeys(map, QUESTION_KEYS, where);
            String kindName = optionalText(map, "kind", where).orElse("single");
            QuestionKind kind;
            switch (kindName) {
                case "single" -> kind = new QuestionKind.SingleChoice();
                case "scale" -> kind = new QuestionKind.Scale();
                case "multiple" -> {
                    int min = integer(map, "min", where, 1);
                    int max = integer(map, "max", where, Integer.MAX_VALUE);
                    if (min < 1 || max < min) {
                        throw fail(where, "'min' must be at least 1 and 'max' at least 'min'");
                    }
                    kind = new QuestionKind.MultipleChoice(min, max);
                }
                default -> throw fail(where, "'kind' must be single, multiple or scale, not '" + kindName + "'");
            }
            if (!(kind instanceof QuestionKind.MultipleChoice) && (map.containsKey("min") || map.containsKey("max"))) {
                throw fail(where, "'min' and 'max' apply only to kind: multiple");
            }
            List<Option> options = new ArrayList<>();
            for (Object o : list(map, "options", where)) {
                options.add(option(o, where, stage, dimension));
            }
            if (kind instanceof QuestionKind.MultipleChoice m && m.max() == Integer.MAX_VALUE) {
                kind = new QuestionKind.MultipleChoice(m.min(), Math.max(m.min(), options.size()));
            }
            Condition when = map.containsKey("when") ? condition(map.get("when"), where) : new Condition.Always();
            boolean skippable = bool(map, "skippable", where, false);
            return new Question(id, sectionId, text(map, "text", where), text(map, "why", where), kind, options, when,
                    skippable);
        }

        private Option option(Object node, String question, Optional<Stage> sectionStage, Dimension defaultDimension) {
            Map<String, Object> map = map(node, question, "each option must be a mapping with id, label, scores");
            String id = text(map, "id", question + ", an option");
            String where = question + ", option '" + id + "'";
            checkKeys(map, OPTION_KEYS, where);
            Dimension dimension = optionalText(map, "dimension", where)
                    .map(d -> Dimension.fromId(d).orElseThrow(
                            () -> fail(where, "'dimension' must be one of impact, exposure, mitigation, not '" + d + "'")))
                    .orElse(defaultDimension);
            Map<Attack, Double> weights = new EnumMap<>(Attack.class);
            if (map.containsKey("scores")) {
                Map<String, Object> scores = map(map.get("scores"), where,
                        "'scores' must map attacks (poisoning, evasion, stealing, inference) to weights from 0 to 1");
                for (Map.Entry<String, Object> e : scores.entrySet()) {
                    Attack attack = Attack.fromId(e.getKey()).orElseThrow(() -> fail(where,
                            "'" + e.getKey() + "' is not an attack; use poisoning, evasion, stealing or inference"));
                    if (!(e.getValue() instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
                        throw fail(where, "the weight of '" + e.getKey() + "' must be a number from 0 to 1");
                    }
                    weights.put(attack, n.doubleValue());
                }
            }
            Optional<Stage> stage = optionalText(map, "stage", where).map(s -> stage(s, where));
            List<Effect> effects = effects(map, where);
            if (!effects.isEmpty() && (map.containsKey("scores") || map.containsKey("recommendation") || map.containsKey("dimension"))) {
                throw fail(where, "an option carries either typed effects or 'scores'/'dimension'/'recommendation'"
                        + " (the noisy-OR format of questionnaires 1.x), not both");
            }
            return new Option(id, text(map, "label", where), new dev.mlsec.assessor.questions.Scoring(dimension, weights),
                    stage.or(() -> sectionStage), optionalText(map, "recommendation", where),
                    bool(map, "dontKnow", where, false), effects, bool(map, "exclusive", where, false));
        }

        private List<Effect> effects(Map<String, Object> map, String where) {
            List<Effect> effects = new ArrayList<>();
            for (String key : map.keySet()) {
                if (!EFFECT_KEYS.contains(key)) {
                    continue;
                }
                Object value = map.get(key);
                String at = where + ", '" + key + "'";
                switch (key) {
                    case "impact" -> map(value, at, "'impact' maps an attack to negligible, noticeable, serious or severe")
                            .forEach((attack, level) -> effects.add(new Effect.Impact(attack(attack, at),
                                    ImpactLevel.fromId(String.valueOf(level)).orElseThrow(() -> fail(at,
                                            "'" + level + "' is not an impact level; use negligible, noticeable, serious or severe")))));
                    case "raises" -> {
                        Set<Attack> attacks = java.util.EnumSet.noneOf(Attack.class);
                        if (!(value instanceof List<?> l)) {
                            throw fail(at, "'raises' must list attacks, e.g. [poisoning, evasion], or be []");
                        }
                        l.forEach(a -> attacks.add(attack(String.valueOf(a), at)));
                        effects.add(new Effect.Raises(attacks));
                    }
                    case "motive" -> factors(value, at).forEach((a, f) -> effects.add(new Effect.Motive(attack(a, at), f)));
                    case "access" -> factors(value, at).forEach((a, f) -> effects.add(new Effect.Access(attack(a, at), f)));
                    case "whitebox" -> factors(value, at).forEach((a, f) -> effects.add(new Effect.WhiteBox(attack(a, at), f)));
                    case "susceptibility" -> factors(value, at).forEach((a, f) -> effects.add(new Effect.Susceptibility(attack(a, at), f)));
                    case "path" -> factors(value, at).forEach((p, f) -> effects.add(new Effect.Path(path(p, at), f)));
                    case "pathFactor" -> factors(value, at).forEach((p, f) -> effects.add(new Effect.PathFactor(path(p, at), f)));
                    case "uptake" -> effects.add(new Effect.Uptake(factor(value, at)));
                    case "control" -> factors(value, at).forEach((c, f) -> effects.add(new Effect.Control(c, f)));
                    case "gap" -> {
                        if (!(value instanceof List<?> l) || l.isEmpty()) {
                            throw fail(at, "'gap' must list the ids of the controls this answer shows to be missing");
                        }
                        l.forEach(c -> effects.add(new Effect.Gap(String.valueOf(c))));
                    }
                    default -> throw new IllegalStateException(key);
                }
            }
            return effects;
        }

        private Map<String, Double> factors(Object value, String at) {
            Map<String, Double> factors = new java.util.LinkedHashMap<>();
            map(value, at, "must map ids to numbers from 0 to 1").forEach((k, v) -> factors.put(k, factor(v, at + " '" + k + "'")));
            return factors;
        }

        private double factor(Object value, String at) {
            if (!(value instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 1) {
                throw fail(at, "must be a number from 0 to 1");
            }
            return n.doubleValue();
        }

        private Attack attack(String id, String at) {
            return Attack.fromId(id).orElseThrow(() -> fail(at,
                    "'" + id + "' is not an attack; use poisoning, evasion, stealing or inference"));
        }

        private PoisoningPath path(String id, String at) {
            return PoisoningPath.fromId(id).orElseThrow(() -> fail(at,
                    "'" + id + "' is not a poisoning path; use data, labels, base-model, pipeline or feedback"));
        }

        private Condition condition(Object node, String where) {
            String at = where + ", 'when'";
            Map<String, Object> map = map(node, at,
                    "a condition is {question: ID, anyOf|allOf|noneOf: [option ids]}, {allOf|anyOf: [conditions]} or {not: condition}");
            if (map.containsKey("question")) {
                checkKeys(map, Set.of("question", "anyOf", "allOf", "noneOf"), at);
                String question = text(map, "question", at);
                List<Condition.Match> given = new ArrayList<>();
                for (Condition.Match m : Condition.Match.values()) {
                    if (map.containsKey(m.id())) {
                        given.add(m);
                    }
                }
                if (given.size() != 1) {
                    throw fail(at, "a condition on question '" + question + "' needs exactly one of anyOf, allOf, noneOf");
                }
                Condition.Match match = given.get(0);
                List<String> options = new ArrayList<>();
                for (Object o : list(map, match.id(), at)) {
                    if (!(o instanceof String s) || s.isBlank()) {
                        throw fail(at, "'" + match.id() + "' must list option ids");
                    }
                    options.add(s);
                }
                if (options.isEmpty()) {
                    throw fail(at, "'" + match.id() + "' must list at least one option id");
                }
                return new Condition.Chosen(question, match, options);
            }
            if (map.size() != 1) {
                throw fail(at, "combine conditions with exactly one of allOf, anyOf, not");
            }
            if (map.containsKey("not")) {
                return new Condition.Not(condition(map.get("not"), where));
            }
            String key = map.keySet().iterator().next();
            if (!key.equals("allOf") && !key.equals("anyOf")) {
                throw fail(at, "'" + key + "' is not a condition; use question with anyOf/allOf/noneOf, or allOf, anyOf, not");
            }
            List<Condition> parts = new ArrayList<>();
            for (Object part : list(map, key, at)) {
                parts.add(condition(part, where));
            }
            if (parts.isEmpty()) {
                throw fail(at, "'" + key + "' must list at least one condition");
            }
            return key.equals("allOf") ? new Condition.AllOf(parts) : new Condition.AnyOf(parts);
        }

        private Stage stage(String id, String where) {
            return Stage.fromId(id).orElseThrow(() -> fail(where,
                    "'stage' must be one of data-collection, design, training, deployment, not '" + id + "'"));
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> map(Object node, String where, String expected) {
            if (!(node instanceof Map<?, ?> m)) {
                throw fail(where, expected);
            }
            for (Object key : m.keySet()) {
                if (!(key instanceof String)) {
                    throw fail(where, "keys must be words, not '" + key + "'");
                }
            }
            return (Map<String, Object>) m;
        }

        private List<?> list(Map<String, Object> map, String key, String where) {
            Object value = map.get(key);
            if (value == null) {
                throw fail(where, "'" + key + "' is missing");
            }
            if (!(value instanceof List<?> l)) {
                throw fail(where, "'" + key + "' must be a list");
            }
            return l;
        }

        private String text(Map<String, Object> map, String key, String where) {
            return optionalText(map, key, where).orElseThrow(() -> fail(where, "'" + key + "' is missing"));
        }

        private Optional<String> optionalText(Map<String, Object> map, String key, String where) {
            Object value = map.get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof Boolean) {
                throw fail(where, "'" + key + "' must be text, not true or false; put the text in quotes");
            }
            if (!(value instanceof String s)) {
                throw fail(where, "'" + key + "' must be text");
            }
            if (s.isBlank()) {
                throw fail(where, "'" + key + "' is empty");
            }
            return Optional.of(s.strip());
        }

        private int integer(Map<String, Object> map, String key, String where, int fallback) {
            Object value = map.get(key);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Integer i)) {
                throw fail(where, "'" + key + "' must be a whole number");
            }
            return i;
        }

        private boolean bool(Map<String, Object> map, String key, String where, boolean fallback) {
            Object value = map.get(key);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Boolean b)) {
                throw fail(where, "'" + key + "' must be true or false");
            }
            return b;
        }

        private void checkKeys(Map<String, Object> map, Set<String> allowed, String where) {
            for (String key : map.keySet()) {
                if (!allowed.contains(key)) {
                    throw fail(where, "unknown key '" + key + "'; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }

        private QuestionnaireFormatException fail(String where, String problem) {
            return new QuestionnaireFormatException(source, where, problem);
        }
    }
}
