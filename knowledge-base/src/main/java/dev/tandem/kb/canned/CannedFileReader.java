package dev.tandem.kb.canned;

import static dev.tandem.kb.canned.CannedResponse.LANGUAGES;
import static dev.tandem.kb.canned.CannedResponse.PLACEHOLDERS;

import dev.tandem.kb.AnswerFileProblem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one {@code canned/<id>.yml}: the keys {@code title} and {@code text}, each mapping every language code
 * to a non-empty text. Works on SnakeYAML's node tree (values are never converted, so {@code yes} stays a word)
 * and reports each problem on the line an editor must fix; all problems of a file are reported in one pass.
 */
final class CannedFileReader {

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    private static final String ALLOWED_PLACEHOLDERS = new TreeSet<>(PLACEHOLDERS).stream()
            .map(name -> "{" + name + "}").collect(Collectors.joining(", "));

    private final Path file;
    private final List<AnswerFileProblem> problems = new ArrayList<>();
    private List<String> lines = List.of();

    private CannedFileReader(Path file) {
        this.file = file;
    }

    /** The response in {@code file}, or empty after adding to {@code problems} why it is rejected. */
    static Optional<CannedResponse> read(Path file, List<AnswerFileProblem> problems) {
        CannedFileReader reader = new CannedFileReader(file);
        Optional<CannedResponse> response = reader.read();
        reader.problems.stream().sorted(Comparator.comparingInt(AnswerFileProblem::line)).forEach(problems::add);
        return response;
    }

    private Optional<CannedResponse> read() {
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".yml".length());
        if (!KEBAB_CASE.matcher(id).matches()) {
            problem(1, "the file name '" + fileName + "' must be a kebab-case id: lower-case letters and digits"
                    + " joined by single hyphens, e.g. ask-order-number.yml");
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            problem(1, "not UTF-8 text: save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            problem(1, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        lines = yaml.lines().toList();
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            Mark context = e.getContextMark();
            String started = e.getContext() != null && context != null && context.getLine() + 1 != line
                    ? " (" + e.getContext() + " that starts on line " + (context.getLine() + 1) + ")" : "";
            problem(line, "not valid YAML: " + e.getProblem() + started);
            return Optional.empty();
        } catch (YAMLException e) {
            problem(1, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problem(1, "the file is empty: expected 'title' and 'text', each with en, ru, uk and pl");
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(line(root), "expected the keys 'title' and 'text', each with en, ru, uk and pl");
            return Optional.empty();
        }
        Map<String, ScalarNode> titles = null;
        Map<String, ScalarNode> texts = null;
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            Integer first = keyLines.putIfAbsent(key, line(entry.getKeyNode()));
            if (first != null) {
                problem(line(entry.getKeyNode()), "duplicate key '" + key + "' (first on line " + first + ")");
                continue;
            }
            switch (key) {
                case TITLE -> titles = translations(entry, TITLE);
                case TEXT -> texts = translations(entry, TEXT);
                default -> problem(line(entry.getKeyNode()), "unknown key '" + key + "'; allowed: title, text");
            }
        }
        if (!keyLines.containsKey(TITLE)) {
            problem(1, "missing 'title' (the label agents pick the reply by, in en, ru, uk and pl)");
        }
        if (!keyLines.containsKey(TEXT)) {
            problem(1, "missing 'text' (the reply itself, in en, ru, uk and pl)");
        }
        if (titles != null) {
            checkTitlesHaveNoPlaceholders(titles);
        }
        if (texts != null) {
            checkPlaceholders(texts);
        }
        if (!problems.isEmpty() || titles == null || texts == null) {
            return Optional.empty();
        }
        return Optional.of(new CannedResponse(id, values(titles), values(texts), file));
    }

    /** The valid language → text pairs under {@code title} or {@code text}; null when it is not a mapping. */
    private Map<String, ScalarNode> translations(NodeTuple entry, String key) {
        if (!(entry.getValueNode() instanceof MappingNode mapping)) {
            problem(line(entry.getValueNode()), "'" + key + "' must give a text per language: en, ru, uk and pl,"
                    + " each on its own line as 'en: ...'");
            return null;
        }
        Map<String, ScalarNode> byLanguage = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (NodeTuple translation : mapping.getValue()) {
            Node languageNode = translation.getKeyNode();
            String language = languageNode instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!LANGUAGES.contains(language)) {
                problem(line(languageNode), "unknown language '" + language + "' in '" + key + "'; allowed: "
                        + String.join(", ", LANGUAGES));
                continue;
            }
            Integer first = seen.putIfAbsent(language, line(languageNode));
            if (first != null) {
                problem(line(languageNode), "'" + key + "' gives '" + language + "' twice (first on line " + first + ")");
                continue;
            }
            Node value = translation.getValueNode();
            if (!(value instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
                problem(line(value), "'" + key + "' in '" + language + "' is empty"
                        + (value instanceof ScalarNode ? "" : ": it must be a text, not a list or mapping"));
                continue;
            }
            byLanguage.put(language, scalar);
        }
        List<String> missing = LANGUAGES.stream().filter(language -> !seen.containsKey(language)).toList();
        if (!missing.isEmpty()) {
            problem(line(entry.getKeyNode()), "'" + key + "' is missing in " + String.join(", ", missing)
                    + " (every canned response needs en, ru, uk and pl)");
        }
        return byLanguage;
    }

    /** Titles are labels in the agent's picker: there is nothing to fill them with. */
    private void checkTitlesHaveNoPlaceholders(Map<String, ScalarNode> titles) {
        titles.forEach((language, title) -> CannedResponse.placeholdersIn(title.getValue()).forEach(name ->
                problem(lineOf(title, "{" + name + "}"), "the title in '" + language + "' cannot hold a placeholder ('{"
                        + name + "}'): titles are labels in the agent's picker")));
    }

    /** Only known placeholders, and the same ones in every language, or one language's reply lacks a fact. */
    private void checkPlaceholders(Map<String, ScalarNode> texts) {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            Set<String> names = new LinkedHashSet<>();
            for (String name : CannedResponse.placeholdersIn(text.getValue())) {
                if (PLACEHOLDERS.contains(name)) {
                    names.add(name);
                } else {
                    problem(lineOf(text, "{" + name + "}"), "unknown placeholder '{" + name + "}' in '" + language
                            + "'" + suggestion(name) + "; allowed: " + ALLOWED_PLACEHOLDERS);
                }
            }
            known.put(language, names);
        });
        Set<String> used = new LinkedHashSet<>();
        known.values().forEach(used::addAll);
        for (String name : used) {
            String user = known.entrySet().stream().filter(e -> e.getValue().contains(name)).findFirst()
                    .orElseThrow().getKey();
            known.forEach((language, names) -> {
                if (!names.contains(name)) {
                    problem(line(texts.get(language)), "'text' in '" + language + "' lacks '{" + name
                            + "}', which the '" + user + "' text uses");
                }
            });
        }
    }

    private static String suggestion(String name) {
        return PLACEHOLDERS.stream().filter(known -> known.equalsIgnoreCase(name)).findFirst()
                .map(known -> " (did you mean '{" + known + "}'?)").orElse("");
    }

    private static Map<String, String> values(Map<String, ScalarNode> byLanguage) {
        Map<String, String> values = new LinkedHashMap<>();
        byLanguage.forEach((language, node) -> values.put(language, node.getValue().strip()));
        return values;
    }

    /** The file line of {@code needle} within a (possibly multi-line) value, else the line the value starts on. */
    private int lineOf(ScalarNode node, String needle) {
        int last = Math.min(node.getEndMark().getLine(), lines.size() - 1);
        for (int i = node.getStartMark().getLine(); i <= last; i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return line(node);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private void problem(int line, String reason) {
        problems.add(new AnswerFileProblem(file, line, reason));
    }
}
