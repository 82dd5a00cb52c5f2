package dev.mlsec.assessor.questions.lint;

import dev.mlsec.assessor.questions.Answers;
import dev.mlsec.assessor.questions.Condition;
import dev.mlsec.assessor.questions.Dimension;
import dev.mlsec.assessor.questions.Effect;
import dev.mlsec.assessor.questions.catalogue.AttackProfile;
import dev.mlsec.assessor.questions.catalogue.Catalogue;
import dev.mlsec.assessor.questions.catalogue.Control;
import dev.mlsec.assessor.questions.catalogue.ControlKind;
import dev.mlsec.assessor.questions.load.CatalogueLoader;
import dev.mlsec.assessor.questions.Option;
import dev.mlsec.assessor.questions.Question;
import dev.mlsec.assessor.questions.QuestionKind;
import dev.mlsec.assessor.questions.Questionnaire;
import dev.mlsec.assessor.questions.Section;
import dev.mlsec.assessor.questions.load.QuestionnaireFormatException;
import dev.mlsec.assessor.questions.load.QuestionnaireLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks questionnaire definitions for what the loader cannot see: references between questions,
 * reachability over every answer path, scoring tags, and the limits of the chat platforms. Every
 * problem names the file, the question and what to fix.
 */
public final class QuestionnaireLinter {

    /** Slack's limit for the text of a button or select option. */
    public static final int MAX_LABEL_LENGTH = 75;
    /** Discord's limit for the options of a select menu. */
    public static final int MAX_OPTIONS = 25;
    /** Discord's limit for the content of a message. */
    public static final int MAX_TEXT_LENGTH = 2000;
    /** The longest "why" paragraph that still reads as one paragraph in a chat message. */
    public static final int MAX_WHY_LENGTH = 1000;
    /** Ids travel inside button ids, which both platforms limit to 100 characters in total. */
    public static final int MAX_ID_LENGTH = 40;
    /** Ids: lower-case words of letters and digits joined by single dashes. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** How many answer paths are walked at most before the linter gives up on a questionnaire. */
    public static final int MAX_ANSWER_PATHS = 200_000;

    private static final Map<String, Dimension> BUNDLED_DIMENSIONS = Map.of(
            "risk-impact", Dimension.IMPACT,
            "attack-surface", Dimension.EXPOSURE,
            "security", Dimension.MITIGATION);

    private static final Pattern QUESTION_IN_LOCATION = Pattern.compile("^question '([^']*)'");

    private QuestionnaireLinter() {
    }

    /** Lints every {@code *.yaml} / {@code *.yml} file in the directory; format errors become problems. */
    public static LintResult lint(Path directory) {
        String dirName = String.valueOf(directory);
        if (!Files.isDirectory(directory)) {
            return new LintResult(List.of(), List.of(new LintProblem(dirName, "",
                    dirName + ": no such directory; give the directory that holds the questionnaire files")));
        }
        List<Path> files;
        try {
            files = QuestionnaireLoader.definitionFiles(directory);
        } catch (IOException e) {
            return new LintResult(List.of(), List.of(new LintProblem(dirName, "",
                    dirName + ": cannot be read (" + e.getMessage() + "); check its permissions")));
        }
        if (files.isEmpty()) {
            return new LintResult(List.of(), List.of(new LintProblem(dirName, "",
                    dirName + ": holds no questionnaire definitions; add *.yaml files")));
        }
        List<Questionnaire> loaded = new ArrayList<>();
        List<String> loadedFiles = new ArrayList<>();
        List<LintProblem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                Questionnaire q = QuestionnaireLoader.load(file);
                loaded.add(q);
                loadedFiles.add(name);
                problems.addAll(lint(name, q));
            } catch (QuestionnaireFormatException e) {
                problems.add(formatProblem(e));
            } catch (IOException e) {
                problems.add(new LintProblem(name, "", name + ": cannot be read (" + e.getMessage() + ")"));
            }
        }
        problems.addAll(acrossFiles(loaded, loadedFiles));
        return new LintResult(loaded, problems);
    }

    /** Lints the questionnaires shipped on the class path; each of the bundled ids must be there. */
    public static LintResult lintBundled() {
        return lintBundled(QuestionnaireLinter.class.getClassLoader());
    }

    /** Lints the bundled questionnaires as the given class loader sees them. */
    static LintResult lintBundled(ClassLoader classLoader) {
        List<Questionnaire> loaded = new ArrayList<>();
        List<String> loadedFiles = new ArrayList<>();
        List<LintProblem> problems = new ArrayList<>();
        for (String id : QuestionnaireLoader.BUNDLED_IDS) {
            String name = id + ".yaml";
            String resource = QuestionnaireLoader.BUNDLED_DIRECTORY + name;
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(new LintProblem(name, "", name + ": the bundled questionnaire '" + id
                            + "' is missing; add " + resource + " to the class path"));
                    continue;
                }
                Questionnaire q = QuestionnaireLoader.load(name, in.readAllBytes());
                loaded.add(q);
                loadedFiles.add(name);
                if (!q.id().equals(id)) {
                    problems.add(new LintProblem(name, "", name + ": declares id '" + q.id()
                            + "' but is bundled as '" + id + "'; set id: " + id));
                }
                problems.addAll(lint(name, q));
            } catch (QuestionnaireFormatException e) {
                problems.add(formatProblem(e));
            } catch (IOException e) {
                problems.add(new LintProblem(name, "", name + ": cannot be read (" + e.getMessage() + ")"));
            }
        }
        try {
            problems.addAll(lintCatalogue(CatalogueLoader.loadBundled()));
        } catch (QuestionnaireFormatException e) {
            problems.add(formatProblem(e));
        }
        problems.addAll(acrossFiles(loaded, loadedFiles));
        return new LintResult(loaded, problems);
    }

    /** Lints one questionnaire against the bundled catalogue; {@code file} names it in the messages. */
    public static List<LintProblem> lint(String file, Questionnaire questionnaire) {
        return lint(file, questionnaire, CatalogueLoader.loadBundled());
    }

    /** Lints one questionnaire; its controls must be in the catalogue. */
    public static List<LintProblem> lint(String file, Questionnaire questionnaire, Catalogue catalogue) {
        return new Check(file, questionnaire, catalogue).run();
    }

    /** The labels of "none" answers: in a multiple-choice question they must be exclusive. */
    private static final Pattern NONE_LABEL = Pattern.compile("^(none|nothing|nobody|no one|neither|don't know)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NONE_IDS = Set.of("none", "nobody", "nothing", "neither", "minor", "dont-know");

    /** The strongest weight an ML-specific control may claim against one attack: partial defences, adaptive attackers. */
    public static final double MAX_ML_WEIGHT = 0.5;
    /** The strongest weight an organisational measure may claim: it helps a team respond, it stops no attack. */
    public static final double MAX_ORGANISATIONAL_WEIGHT = 0.1;

    /** Checks a catalogue: every standard id known, weights within their bounds, every control explained. */
    public static List<LintProblem> lintCatalogue(Catalogue catalogue) {
        List<LintProblem> problems = new ArrayList<>();
        String file = CatalogueLoader.CONTROLS;
        for (Control c : catalogue.controls().values()) {
            String at = file + ": control '" + c.id() + "': ";
            if (!isId(c.id())) {
                problems.add(new LintProblem(file, "", at + "id " + ID_RULE));
            }
            if (c.mitigates().isEmpty()) {
                problems.add(new LintProblem(file, "", at + "names no attack in 'mitigates'; name the attacks it addresses"));
            }
            double max = c.kind() == ControlKind.ML ? MAX_ML_WEIGHT : MAX_ORGANISATIONAL_WEIGHT;
            c.mitigates().forEach((attack, w) -> {
                if (w > max) {
                    problems.add(new LintProblem(file, "", at + "claims " + w + " against " + attack.id() + "; "
                            + (c.kind() == ControlKind.ML ? "an ML defence" : "an organisational measure")
                            + " may claim at most " + max));
                }
            });
            if (c.owasp().isEmpty()) {
                problems.add(new LintProblem(file, "", at + "has no OWASP ML Top 10 id; name the risks it addresses"));
            }
            if (c.kind() == ControlKind.ORGANISATIONAL && !c.atlas().isEmpty()) {
                problems.add(new LintProblem(file, "", at + "is organisational but cites ATLAS " + String.join(", ", c.atlas())
                        + "; an organisational measure implements no ATLAS mitigation"));
            }
            List<String> ids = new ArrayList<>(c.owasp());
            ids.addAll(c.atlas());
            for (String id : ids) {
                if (catalogue.reference(id).isEmpty()) {
                    problems.add(new LintProblem(file, "", at + "cites '" + id + "', which is not a known standard id;"
                            + " add it to " + CatalogueLoader.STANDARDS + " once verified, or correct it"));
                }
            }
        }
        for (AttackProfile p : catalogue.attacks().values()) {
            List<String> ids = new ArrayList<>(p.nist());
            ids.addAll(p.techniques());
            ids.addAll(p.owasp());
            for (String id : ids) {
                if (catalogue.reference(id).isEmpty()) {
                    problems.add(new LintProblem(CatalogueLoader.STANDARDS, "", CatalogueLoader.STANDARDS + ": attack '"
                            + p.attack().id() + "' cites '" + id + "', which is not a known standard id; add it to 'references' once verified, or correct it"));
                }
            }
        }
        for (dev.mlsec.assessor.questions.Attack a : dev.mlsec.assessor.questions.Attack.values()) {
            if (!catalogue.attacks().containsKey(a)) {
                problems.add(new LintProblem(CatalogueLoader.STANDARDS, "", CatalogueLoader.STANDARDS + ": attack '" + a.id()
                        + "' has no entry under 'attacks'; name its NIST AI 100-2 class and ATLAS techniques"));
            }
        }
        return problems;
    }

    /** Lints the catalogue in a directory holding controls.yaml and standards.yaml. */
    public static LintResult lintCatalogue(Path directory) {
        try {
            return new LintResult(List.of(), lintCatalogue(CatalogueLoader.load(directory)));
        } catch (QuestionnaireFormatException e) {
            return new LintResult(List.of(), List.of(formatProblem(e)));
        } catch (IOException e) {
            return new LintResult(List.of(), List.of(new LintProblem(String.valueOf(directory), "",
                    directory + ": the catalogue cannot be read (" + e.getMessage() + ")")));
        }
    }

    private static LintProblem formatProblem(QuestionnaireFormatException e) {
        Matcher m = QUESTION_IN_LOCATION.matcher(e.location());
        return new LintProblem(e.source(), m.find() ? m.group(1) : "", e.getMessage());
    }

    private static List<LintProblem> acrossFiles(List<Questionnaire> loaded, List<String> files) {
        List<LintProblem> problems = new ArrayList<>();
        Map<String, String> firstFile = new LinkedHashMap<>();
        for (int i = 0; i < loaded.size(); i++) {
            Questionnaire q = loaded.get(i);
            String file = files.get(i);
            String earlier = firstFile.putIfAbsent(q.id(), file);
            if (earlier != null) {
                problems.add(new LintProblem(file, "", file + ": questionnaire id '" + q.id()
                        + "' is already used by " + earlier + "; give each questionnaire its own id"));
            }
        }
        return problems;
    }

    /** The checks on one questionnaire. */
    private static final class Check {
        private final String file;
        private final Questionnaire questionnaire;
        private final List<Question> questions;
        private final List<LintProblem> problems = new ArrayList<>();
        private final Catalogue catalogue;
        private final boolean typed;

        Check(String file, Questionnaire questionnaire, Catalogue catalogue) {
            this.file = file;
            this.questionnaire = questionnaire;
            this.questions = questionnaire.questions();
            this.catalogue = catalogue;
            this.typed = questionnaire.typed();
        }

        List<LintProblem> run() {
            checkQuestionnaire();
            checkSections();
            Map<String, Integer> firstIndex = new LinkedHashMap<>();
            for (int i = 0; i < questions.size(); i++) {
                firstIndex.putIfAbsent(questions.get(i).id(), i);
            }
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                checkQuestion(q);
                checkCondition(q, i, firstIndex);
            }
            checkDuplicateQuestions();
            checkPaths();
            return List.copyOf(problems);
        }

        private void checkQuestionnaire() {
            if (!isId(questionnaire.id())) {
                top("questionnaire id '" + questionnaire.id() + "' " + ID_RULE);
            }
            Dimension expected = BUNDLED_DIMENSIONS.get(questionnaire.id());
            if (expected != null && expected != questionnaire.dimension()) {
                top("questionnaire '" + questionnaire.id() + "' must have dimension '" + expected.id()
                        + "', not '" + questionnaire.dimension().id() + "'");
            }
            if (questions.isEmpty()) {
                top("has no questions; add at least one section with questions");
            }
        }

        private void checkSections() {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Section s : questionnaire.sections()) {
                seen.merge(s.id(), 1, Integer::sum);
                if (!isId(s.id())) {
                    top("section id '" + s.id() + "' " + ID_RULE);
                }
                if (s.questions().isEmpty()) {
                    top("section '" + s.id() + "' has no questions; add questions or remove the section");
                }
            }
            seen.forEach((id, count) -> {
                if (count > 1) {
                    top("section '" + id + "' appears " + count + " times; give each section its own id");
                }
            });
        }

        private void checkDuplicateQuestions() {
            Map<String, Integer> seen = new LinkedHashMap<>();
            questions.forEach(q -> seen.merge(q.id(), 1, Integer::sum));
            seen.forEach((id, count) -> {
                if (count > 1) {
                    about(id, "appears " + count + " times; give each question its own id");
                }
            });
        }

        private void checkQuestion(Question q) {
            String id = q.id();
            if (!isId(id)) {
                about(id, "id '" + id + "' " + ID_RULE);
            }
            if (q.text().isBlank()) {
                about(id, "'text' is empty; write the question");
            } else if (q.text().length() > MAX_TEXT_LENGTH) {
                about(id, "'text' has " + q.text().length() + " characters; shorten it to at most "
                        + MAX_TEXT_LENGTH + " (Discord's message limit)");
            }
            if (q.why().isBlank()) {
                about(id, "'why' is empty; explain in one paragraph why this matters and which attacks it bears on");
            } else if (q.why().length() > MAX_WHY_LENGTH) {
                about(id, "'why' has " + q.why().length() + " characters; shorten it to at most " + MAX_WHY_LENGTH);
            }
            List<Option> options = q.options();
            if (options.size() > MAX_OPTIONS) {
                about(id, "has " + options.size() + " options; keep at most " + MAX_OPTIONS
                        + " (Discord's select-menu limit) or split the question");
            }
            QuestionKind kind = q.kind();
            if (kind instanceof QuestionKind.MultipleChoice m) {
                if (m.min() > options.size()) {
                    about(id, "'min' is " + m.min() + " but there " + (options.size() == 1 ? "is" : "are")
                            + " only " + options.size() + " option" + (options.size() == 1 ? "" : "s")
                            + "; lower 'min' or add options");
                }
            } else if (options.size() < 2) {
                about(id, "a " + (kind instanceof QuestionKind.Scale ? "scale" : "single-choice")
                        + " question needs at least 2 options, it has " + options.size() + "; add options");
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            List<String> dontKnow = new ArrayList<>();
            for (Option o : options) {
                seen.merge(o.id(), 1, Integer::sum);
                if (!isId(o.id())) {
                    about(id, "option id '" + o.id() + "' " + ID_RULE);
                }
                if (o.label().isBlank()) {
                    about(id, "option '" + o.id() + "' has an empty label; write what the respondent reads");
                } else if (o.label().length() > MAX_LABEL_LENGTH) {
                    about(id, "option '" + o.id() + "' has a label of " + o.label().length()
                            + " characters; shorten it to at most " + MAX_LABEL_LENGTH + " (Slack's limit for option text)");
                }
                if (typed) {
                    checkEffects(q, o);
                } else if (o.scoring().weights().isEmpty()) {
                    about(id, "option '" + o.id() + "' has no scores; name the attacks it bears on"
                            + " (poisoning, evasion, stealing, inference), with weight 0 where it reveals no weakness");
                }
                if (kind instanceof QuestionKind.MultipleChoice && !o.exclusive() && looksLikeNone(o)) {
                    about(id, "option '" + o.id() + "' (\"" + o.label() + "\") rules out the others but is not exclusive;"
                            + " add 'exclusive: true' so it cannot be ticked with them");
                }
                if (questionnaire.dimension() == Dimension.EXPOSURE && o.stage().isEmpty()) {
                    about(id, "option '" + o.id() + "' has no stage; give the option or its section a stage"
                            + " (data-collection, design, training, deployment)");
                }
                if (o.dontKnow()) {
                    dontKnow.add(o.id());
                }
            }
            seen.forEach((optionId, count) -> {
                if (count > 1) {
                    about(id, "option '" + optionId + "' appears " + count + " times; give each option its own id");
                }
            });
            if (dontKnow.size() > 1) {
                about(id, "has " + dontKnow.size() + " \"don't know\" options (" + String.join(", ", dontKnow)
                        + "); keep one");
            }
        }

        /** Which effects each questionnaire's answers may carry: impact, exposure and mitigation each have their own. */
        private void checkEffects(Question q, Option o) {
            if (!o.scoring().weights().isEmpty()) {
                about(q.id(), "option '" + o.id() + "' has 'scores' in a questionnaire of typed effects; use the effects only");
            }
            if (o.effects().isEmpty() && !o.exclusive() && q.kind() instanceof QuestionKind.MultipleChoice) {
                about(q.id(), "option '" + o.id() + "' has no effect; say what it means for the risk"
                        + " (e.g. raises: [] for context that raises nothing), or mark it exclusive if it rules the others out");
            }
            for (Effect e : o.effects()) {
                boolean fits = switch (questionnaire.dimension()) {
                    case IMPACT -> e instanceof Effect.Impact || e instanceof Effect.Raises || e instanceof Effect.Motive
                            || e instanceof Effect.Control || e instanceof Effect.Gap;
                    case EXPOSURE -> e instanceof Effect.Access || e instanceof Effect.WhiteBox || e instanceof Effect.Susceptibility
                            || e instanceof Effect.Path || e instanceof Effect.PathFactor || e instanceof Effect.Uptake
                            || e instanceof Effect.Gap;
                    case MITIGATION -> e instanceof Effect.Control || e instanceof Effect.Gap;
                };
                if (!fits) {
                    about(q.id(), "option '" + o.id() + "' carries a " + effectName(e) + " effect, which a "
                            + questionnaire.dimension().id() + " questionnaire cannot set");
                }
                String control = e instanceof Effect.Control c ? c.id() : e instanceof Effect.Gap g ? g.id() : null;
                if (control != null && catalogue.control(control).isEmpty()) {
                    about(q.id(), "option '" + o.id() + "' names control '" + control + "', which is not in "
                            + CatalogueLoader.CONTROLS + "; use one of its ids or add the control there");
                }
                if (o.dontKnow() && e instanceof Effect.Control) {
                    about(q.id(), "option '" + o.id() + "' is \"don't know\" but claims control '" + ((Effect.Control) e).id()
                            + "'; not knowing is never a defence");
                }
            }
            if (o.dontKnow()) {
                for (Option other : q.options()) {
                    if (other == o) {
                        continue;
                    }
                    for (Effect e : other.effects()) {
                        double mine = factorOf(o, e);
                        double theirs = factorValue(e);
                        if (!Double.isNaN(theirs) && mine < theirs) {
                            about(q.id(), "option '" + o.id() + "' is \"don't know\" but counts as less exposed than '"
                                    + other.id() + "' (" + effectName(e) + "); give it the most exposed value of the question");
                            return;
                        }
                    }
                }
            }
        }

        private void checkCondition(Question q, int index, Map<String, Integer> firstIndex) {
            Set<String> reported = new LinkedHashSet<>();
            for (Condition.Chosen c : leaves(q.when())) {
                String target = c.question();
                Integer at = firstIndex.get(target);
                if (target.equals(q.id())) {
                    if (reported.add("self")) {
                        about(q.id(), "condition names the question itself; a question can only depend on earlier questions");
                    }
                    continue;
                }
                if (at == null) {
                    if (reported.add("unknown " + target)) {
                        about(q.id(), "condition names question '" + target + "', which does not exist; use the id of an earlier question");
                    }
                    continue;
                }
                if (at > index) {
                    if (reported.add("later " + target)) {
                        about(q.id(), "condition names question '" + target + "', which comes later; move '" + target
                                + "' before this question or drop the condition");
                    }
                }
                Question referenced = questions.get(at);
                List<String> known = referenced.options().stream().map(Option::id).toList();
                for (String option : c.options()) {
                    if (!known.contains(option) && reported.add("option " + target + " " + option)) {
                        about(q.id(), "condition names option '" + option + "' that question '" + target
                                + "' does not have; use one of: " + String.join(", ", known));
                    }
                }
            }
        }

        /** Walks every answer path that can make a difference to a condition. */
        private void checkPaths() {
            if (questions.isEmpty()) {
                return;
            }
            Map<String, Set<String>> referencedOptions = new LinkedHashMap<>();
            for (Question q : questions) {
                for (Condition.Chosen c : leaves(q.when())) {
                    questions.stream().filter(r -> r.id().equals(c.question())).findFirst().ifPresent(r -> {
                        Set<String> opts = referencedOptions.computeIfAbsent(r.id(), k -> new LinkedHashSet<>());
                        c.options().stream().filter(o -> r.option(o).isPresent()).forEach(opts::add);
                    });
                }
            }
            leavesByQuestion.clear();
            for (Question q : questions) {
                for (Condition.Chosen c : leaves(q.when())) {
                    leavesByQuestion.computeIfAbsent(c.question(), k -> new ArrayList<>()).add(c);
                }
            }
            Walk walk = new Walk(referencedOptions);
            walk.from(0, Answers.none(), new BitSet());
            if (walk.gaveUp) {
                top("has more than " + MAX_ANSWER_PATHS + " answer paths to check; simplify its conditions");
                return;
            }
            if (walk.emptyPath) {
                top("shows no question at all to a respondent who has answered nothing; make the first question unconditional");
            }
            for (int i = 0; i < questions.size(); i++) {
                if (!walk.reachable.get(i)) {
                    about(questions.get(i).id(), "no answers lead to this question, its condition can never hold; check its 'when'");
                }
            }
            int offset = 0;
            for (Section s : questionnaire.sections()) {
                int size = s.questions().size();
                if (size > 0 && walk.reachable.get(offset, offset + size).isEmpty()) {
                    top("section '" + s.id() + "': none of its questions can ever be shown; check their 'when' or remove the section");
                }
                offset += size;
            }
        }

        /** A depth-first walk over the answers that matter to conditions. */
        private final class Walk {
            private final Map<String, Set<String>> referencedOptions;
            private final BitSet reachable = new BitSet();
            private boolean emptyPath;
            private boolean gaveUp;
            private int paths;

            Walk(Map<String, Set<String>> referencedOptions) {
                this.referencedOptions = referencedOptions;
            }

            void from(int index, Answers answers, BitSet shownOnPath) {
                if (gaveUp) {
                    return;
                }
                if (index == questions.size()) {
                    reachable.or(shownOnPath);
                    if (shownOnPath.isEmpty()) {
                        emptyPath = true;
                    }
                    if (++paths > MAX_ANSWER_PATHS) {
                        gaveUp = true;
                    }
                    return;
                }
                Question q = questions.get(index);
                if (!q.when().test(answers)) {
                    from(index + 1, answers, shownOnPath);
                    return;
                }
                BitSet shown = (BitSet) shownOnPath.clone();
                shown.set(index);
                Set<String> relevant = referencedOptions.get(q.id());
                if (relevant == null || answers.hasAnswered(q.id())) {
                    from(index + 1, answers, shown);
                    return;
                }
                for (List<String> choice : choices(q, relevant)) {
                    from(index + 1, answers.with(q.id(), choice), shown);
                }
            }
        }

        /**
         * The answers to a referenced question that conditions can tell apart: each referenced option
         * (or, for multiple choice, each subset of them), one other option standing for all the rest,
         * and no option when the question may be skipped.
         */
        /** The condition leaves that test each question, so answers they cannot tell apart are walked once. */
        private final Map<String, List<Condition.Chosen>> leavesByQuestion = new LinkedHashMap<>();

        private List<List<String>> choices(Question q, Set<String> relevant) {
            List<List<String>> all = allChoices(q, relevant);
            List<Condition.Chosen> tests = leavesByQuestion.getOrDefault(q.id(), List.of());
            Map<List<Boolean>, List<String>> bySignature = new LinkedHashMap<>();
            for (List<String> choice : all) {
                Answers answers = Answers.none().with(q.id(), choice);
                List<Boolean> signature = tests.stream().map(t -> t.test(answers)).toList();
                bySignature.putIfAbsent(signature, choice);
            }
            return List.copyOf(bySignature.values());
        }

        private List<List<String>> allChoices(Question q, Set<String> relevant) {
            List<String> others = q.options().stream().map(Option::id).filter(o -> !relevant.contains(o)).toList();
            List<String> named = List.copyOf(relevant);
            List<List<String>> choices = new ArrayList<>();
            if (q.kind() instanceof QuestionKind.MultipleChoice m) {
                int n = Math.min(named.size(), 12);
                for (int mask = 0; mask < (1 << n); mask++) {
                    List<String> chosen = new ArrayList<>();
                    for (int b = 0; b < n; b++) {
                        if ((mask & (1 << b)) != 0) {
                            chosen.add(named.get(b));
                        }
                    }
                    if (chosen.size() > m.max()) {
                        continue;
                    }
                    int missing = m.min() - chosen.size();
                    if (missing > others.size()) {
                        continue;
                    }
                    if (missing > 0) {
                        chosen.addAll(others.subList(0, missing));
                    } else if (chosen.isEmpty()) {
                        continue;
                    }
                    choices.add(chosen);
                }
            } else {
                named.forEach(o -> choices.add(List.of(o)));
                if (!others.isEmpty()) {
                    choices.add(List.of(others.get(0)));
                }
            }
            if (q.skippable() || choices.isEmpty()) {
                choices.add(List.of());
            }
            return choices;
        }

        private void top(String message) {
            problems.add(new LintProblem(file, "", file + ": " + message));
        }

        private void about(String questionId, String message) {
            problems.add(new LintProblem(file, questionId, file + ": question '" + questionId + "': " + message));
        }
    }

    private static boolean looksLikeNone(Option o) {
        return o.dontKnow() || NONE_IDS.contains(o.id()) || NONE_LABEL.matcher(o.label()).matches();
    }

    private static String effectName(Effect e) {
        String name = e.getClass().getSimpleName();
        return name.equals("WhiteBox") ? "whitebox" : name.equals("PathFactor") ? "pathFactor"
                : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The exposure value of a factor-like effect; NaN for effects that are not compared. */
    private static double factorValue(Effect e) {
        if (e instanceof Effect.Motive m) {
            return m.factor();
        } else if (e instanceof Effect.Access a) {
            return a.factor();
        } else if (e instanceof Effect.WhiteBox w) {
            return w.factor();
        } else if (e instanceof Effect.Susceptibility s) {
            return s.factor();
        } else if (e instanceof Effect.Path p) {
            return p.strength();
        } else if (e instanceof Effect.PathFactor p) {
            return p.factor();
        } else if (e instanceof Effect.Uptake u) {
            return u.factor();
        } else if (e instanceof Effect.Impact i) {
            return i.level().value();
        }
        return Double.NaN;
    }

    /** What a factor-like effect is a factor of: its kind and its attack or path. */
    private static String factorKey(Effect e) {
        if (e instanceof Effect.Motive m) {
            return "motive " + m.attack();
        } else if (e instanceof Effect.Access a) {
            return "access " + a.attack();
        } else if (e instanceof Effect.WhiteBox w) {
            return "whitebox " + w.attack();
        } else if (e instanceof Effect.Susceptibility s) {
            return "susceptibility " + s.attack();
        } else if (e instanceof Effect.Path p) {
            return "path " + p.path();
        } else if (e instanceof Effect.PathFactor p) {
            return "pathFactor " + p.path();
        } else if (e instanceof Effect.Uptake) {
            return "uptake";
        } else if (e instanceof Effect.Impact i) {
            return "impact " + i.attack();
        }
        return "";
    }

    /** The option's own value for the same factor as {@code like} (same kind, same attack or path); 0 if it has none. */
    private static double factorOf(Option o, Effect like) {
        String key = factorKey(like);
        return o.effects().stream().filter(e -> factorKey(e).equals(key)).mapToDouble(QuestionnaireLinter::factorValue)
                .max().orElse(0);
    }

    private static final String ID_RULE = "is not usable in chat button ids; use lower-case letters, digits and"
            + " single dashes (like 'data-sources'), at most " + MAX_ID_LENGTH + " characters";

    private static boolean isId(String id) {
        return id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
    }

    /** The tests on single questions inside a condition, depth first. */
    static List<Condition.Chosen> leaves(Condition condition) {
        List<Condition.Chosen> all = new ArrayList<>();
        collect(condition, all);
        return all;
    }

    private static void collect(Condition condition, List<Condition.Chosen> into) {
        if (condition instanceof Condition.Chosen c) {
            into.add(c);
        } else if (condition instanceof Condition.AllOf a) {
            a.conditions().forEach(c -> collect(c, into));
        } else if (condition instanceof Condition.AnyOf a) {
            a.conditions().forEach(c -> collect(c, into));
        } else if (condition instanceof Condition.Not n) {
            collect(n.condition(), into);
        }
    }
}
