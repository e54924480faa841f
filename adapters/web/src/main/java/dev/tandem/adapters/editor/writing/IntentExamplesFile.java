package dev.tandem.adapters.editor.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Adds and removes examples in an {@code intents/<intent>.yml} line by line, so the rest of the file (its
 * comments, its order, how other examples are written) stays exactly as the editors wrote it. Works on the
 * layout every intent file has: {@code examples:}, then {@code   <lang>:}, then {@code     - "example"} lines.
 */
final class IntentExamplesFile {

    private final String intent;
    private final List<String> lines;

    IntentExamplesFile(String intent, String text) {
        this.intent = intent;
        this.lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    }

    List<String> examples(String language) {
        List<String> examples = new ArrayList<>();
        Block block = block(language).orElse(null);
        if (block != null) {
            for (int i = block.first; i < block.end; i++) {
                item(lines.get(i)).ifPresent(examples::add);
            }
        }
        return examples;
    }

    void add(String language, String example) {
        String wanted = normalised(example);
        if (examples(language).stream().anyMatch(existing -> normalised(existing).equals(wanted))) {
            throw new InvalidEdit("duplicate_example", "'" + example + "' is already an example of " + intent
                    + " in " + language);
        }
        String line = "    - " + FaqDocument.quoted(example.strip());
        Optional<Block> block = block(language);
        if (block.isPresent()) {
            lines.add(block.get().lastItem + 1, line);
            return;
        }
        int examples = examplesLine();
        int end = examples + 1;
        while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" ")
                || lines.get(end).startsWith("#"))) {
            end++;
        }
        while (end > examples + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        lines.add(end, "  " + language + ":");
        lines.add(end + 1, line);
    }

    void remove(String language, String example) {
        String wanted = normalised(example);
        Block block = block(language).orElseThrow(() -> notAnExample(language, example));
        for (int i = block.first; i < block.end; i++) {
            Optional<String> item = item(lines.get(i));
            if (item.isPresent() && normalised(item.get()).equals(wanted)) {
                lines.remove(i);
                return;
            }
        }
        throw notAnExample(language, example);
    }

    String text() {
        return String.join("\n", lines);
    }

    private InvalidEdit notAnExample(String language, String example) {
        return new InvalidEdit("unknown_example", "'" + example + "' is not an example of " + intent + " in " + language);
    }

    private static String normalised(String example) {
        return example.strip().toLowerCase(Locale.ROOT);
    }

    private int examplesLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("examples:")) {
                if (!lines.get(i).substring("examples:".length()).isBlank()) {
                    break;
                }
                return i;
            }
        }
        throw new InvalidEdit("unsupported_layout", "intents/" + intent + ".yml does not list its examples as"
                + " 'examples:' then '  <lang>:' lines; edit it as a file");
    }

    /** The language's lines: from its key to the next key; {@code lastItem} is the key itself while it has none. */
    private Optional<Block> block(String language) {
        int examples = examplesLine();
        for (int i = examples + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("#")) {
                return Optional.empty();
            }
            if (line.strip().equals(language + ":") && line.startsWith("  ") && !line.startsWith("   ")) {
                int end = i + 1;
                int lastItem = i;
                while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith("   ")
                        || lines.get(end).strip().startsWith("#"))) {
                    if (item(lines.get(end)).isPresent()) {
                        lastItem = end;
                    }
                    end++;
                }
                return Optional.of(new Block(i + 1, end, lastItem));
            }
        }
        return Optional.empty();
    }

    /** The example on a {@code - "…"} line, read as YAML reads it. */
    private static Optional<String> item(String line) {
        String stripped = line.strip();
        if (!stripped.startsWith("- ")) {
            return Optional.empty();
        }
        try {
            Object value = new Yaml(new LoaderOptions()).load(stripped.substring(2));
            return value == null ? Optional.empty() : Optional.of(value.toString());
        } catch (YAMLException unreadable) {
            return Optional.empty();
        }
    }

    private record Block(int first, int end, int lastItem) {
    }
}
