package dev.tandem.intents.catalog;

import dev.tandem.intents.IntentFileProblem;
import dev.tandem.intents.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code intents/<name>.yml}. Works on SnakeYAML's node tree rather than plain maps so every
 * problem can name the line an editor has to fix.
 */
final class IntentFileReader {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final Set<String> KEYS = Set.of("action", "examples");

    private final Path file;
    private final List<IntentFileProblem> problems;

    private IntentFileReader(Path file, List<IntentFileProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The intent, or empty with the reasons added to {@code problems}. */
    static Optional<IntentDefinition> read(Path file, List<IntentFileProblem> problems) {
        return new IntentFileReader(file, problems).read();
    }

    private Optional<IntentDefinition> read() {
        int before = problems.size();
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".yml".length());
        if (!SNAKE_CASE.matcher(name).matches()) {
            problem(1, "intent name '" + name + "' must be snake_case (lower-case letters, digits and _)");
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            problem(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException | IOException e) {
            problem(1, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problem(root == null ? 1 : line(root), "expected the keys 'action' and 'examples'");
            return Optional.empty();
        }
        IntentAction action = null;
        Map<Language, List<String>> examples = new EnumMap<>(Language.class);
        boolean sawExamples = false;
        for (NodeTuple entry : mapping.getValue()) {
            String key = scalar(entry.getKeyNode()).orElse("");
            switch (key) {
                case "action" -> action = action(entry.getValueNode());
                case "examples" -> {
                    sawExamples = true;
                    examples(entry.getValueNode(), examples);
                }
                default -> problem(line(entry.getKeyNode()), "unknown key '" + key + "'; allowed: " + KEYS);
            }
        }
        if (action == null && problems.size() == before) {
            problem(1, "missing 'action' (one of faq, order_lookup, handoff, smalltalk, out_of_scope)");
        }
        if (!sawExamples) {
            problem(1, "missing 'examples' (a list of example messages per language: en, ru, uk, pl)");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new IntentDefinition(name, action, examples));
    }

    private IntentAction action(Node node) {
        Optional<String> value = scalar(node);
        if (value.isEmpty()) {
            problem(line(node), "'action' must be one of faq, order_lookup, handoff, smalltalk, out_of_scope");
            return null;
        }
        try {
            return IntentAction.valueOf(value.get().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problem(line(node), "unknown action '" + value.get() + "'; use one of faq, order_lookup, handoff, smalltalk, out_of_scope");
            return null;
        }
    }

    private void examples(Node node, Map<Language, List<String>> examples) {
        if (!(node instanceof MappingNode languages)) {
            problem(line(node), "'examples' must map languages (en, ru, uk, pl) to lists of messages");
            return;
        }
        for (NodeTuple entry : languages.getValue()) {
            String code = scalar(entry.getKeyNode()).orElse("");
            Optional<Language> language = Language.fromCode(code).filter(l -> l.code().equals(code));
            if (language.isEmpty()) {
                problem(line(entry.getKeyNode()), "unknown language '" + code + "'; use en, ru, uk or pl");
                continue;
            }
            examples.put(language.get(), messages(entry.getValueNode(), code));
        }
    }

    private List<String> messages(Node node, String code) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            problem(line(node), "examples for '" + code + "' must be a non-empty list of messages");
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : list.getValue()) {
            Optional<String> text = scalar(item).map(String::strip).filter(s -> !s.isEmpty());
            if (text.isEmpty()) {
                problem(line(item), "an example must be a non-blank text");
            } else if (!seen.add(text.get().toLowerCase(Locale.ROOT))) {
                problem(line(item), "example '" + text.get() + "' is listed twice");
            } else {
                messages.add(text.get());
            }
        }
        return messages;
    }

    private static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private void problem(int line, String reason) {
        problems.add(new IntentFileProblem(file, line, reason));
    }
}
