package dev.tandem.adapters.editor.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One FAQ entry in one language as the editor page shows it, and the {@code faq/<lang>/<id>.md} file it is saved
 * as: YAML front matter (every text double-quoted, so a colon or a quote in a title cannot break it) and the
 * Markdown answer.
 *
 * @param intent  empty for none
 * @param handoff offer, always or never
 */
public record FaqDocument(String id, String title, List<String> questions, List<String> tags, String intent,
                          String handoff, String answer) {

    public FaqDocument {
        questions = clean(questions);
        tags = clean(tags);
        intent = intent == null ? "" : intent.strip();
        handoff = handoff == null || handoff.isBlank() ? "offer" : handoff.strip().toLowerCase(Locale.ROOT);
        title = title == null ? "" : title.strip();
        answer = answer == null ? "" : answer.strip();
    }

    private static List<String> clean(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }

    public FaqDocument withId(String newId) {
        return new FaqDocument(newId, title, questions, tags, intent, handoff, answer);
    }

    public FaqDocument withQuestion(String question) {
        List<String> more = new ArrayList<>(questions);
        more.add(question);
        return new FaqDocument(id, title, more, tags, intent, handoff, answer);
    }

    public String toFile() {
        StringBuilder file = new StringBuilder("---\n");
        file.append("id: ").append(id).append('\n');
        file.append("title: ").append(quoted(title)).append('\n');
        file.append("questions:\n");
        questions.forEach(question -> file.append("  - ").append(quoted(question)).append('\n'));
        if (!tags.isEmpty()) {
            file.append("tags: [").append(String.join(", ", tags.stream().map(FaqDocument::quoted).toList())).append("]\n");
        }
        if (!intent.isEmpty()) {
            file.append("intent: ").append(quoted(intent)).append('\n');
        }
        if (!handoff.equals("offer")) {
            file.append("handoff: ").append(quoted(handoff)).append('\n');
        }
        return file.append("---\n").append(answer).append('\n').toString();
    }

    /** The fields of a saved file, or empty when it cannot be read as one (the editor then edits it as text). */
    @SuppressWarnings("unchecked")
    public static Optional<FaqDocument> parse(String file) {
        String text = file.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int closing = text.indexOf("\n---", 3);
        if (closing < 0) {
            return Optional.empty();
        }
        int bodyStart = text.indexOf('\n', closing + 4);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        try {
            Object front = new Yaml(new LoaderOptions()).load(text.substring(4, closing));
            if (!(front instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            return Optional.of(new FaqDocument(string(map.get("id")), string(map.get("title")),
                    strings(map.get("questions")), strings(map.get("tags")), string(map.get("intent")),
                    string(map.get("handoff")), body));
        } catch (YAMLException | ClassCastException unreadable) {
            return Optional.empty();
        }
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(FaqDocument::string).toList() : List.of();
    }

    /** A YAML double-quoted scalar (JSON string escapes are valid in it). */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
