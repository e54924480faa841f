package dev.tandem.kb;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code faq/<lang>/<id>.md}: YAML front matter between {@code ---} lines, then the Markdown
 * answer. Works on SnakeYAML's node tree so each problem names the line of the file an editor must fix.
 */
final class FaqFileReader {

    private static final String FENCE = "---";
    private static final Set<String> KEYS = Set.of("id", "title", "questions", "tags", "intent", "handoff");
    private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final HtmlRenderer HTML = AnswerHtml.RENDERER;
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private final Path file;
    private final String language;
    private final List<AnswerFileProblem> problems;

    private FaqFileReader(Path file, String language, List<AnswerFileProblem> problems) {
        this.file = file;
        this.language = language;
        this.problems = problems;
    }

    static Optional<FaqEntry> read(Path file, String language, List<AnswerFileProblem> problems) {
        return new FaqFileReader(file, language, problems).read();
    }

    private Optional<FaqEntry> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(1, "cannot read the file as UTF-8: " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            return fail(1, "must start with a '---' line opening the front matter");
        }
        int closing = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            return fail(1, "the front matter is not closed by a '---' line");
        }
        Optional<FrontMatter> front = frontMatter(String.join("\n", lines.subList(1, closing)));
        List<String> bodyLines = lines.subList(closing + 1, lines.size());
        int leadingBlank = 0;
        while (leadingBlank < bodyLines.size() && bodyLines.get(leadingBlank).isBlank()) {
            leadingBlank++;
        }
        String body = String.join("\n", bodyLines).strip();
        if (body.isEmpty()) {
            problem(closing + 1, "the answer (the text after the front matter) is empty");
        }
        if (front.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        org.commonmark.node.Node document = MARKDOWN.parse(body);
        int before = problems.size();
        AnswerLinks.check(document, file, closing + 2 + leadingBlank, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        FrontMatter f = front.get();
        return Optional.of(new FaqEntry(f.id, language, f.title, f.questions, f.tags, Optional.ofNullable(f.intent),
                f.handoff, body, HTML.render(document), TEXT.render(document).strip(), file));
    }

    /** The fields of the front matter; a line number is the file's (front matter starts on line 2). */
    private static final class FrontMatter {
        String id;
        String title;
        List<String> questions = List.of();
        List<String> tags = List.of();
        String intent;
        HandoffMode handoff = HandoffMode.OFFER;
    }

    private Optional<FrontMatter> frontMatter(String yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            return fail(e.getProblemMark() == null ? 2 : e.getProblemMark().getLine() + 2,
                    "front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            return fail(2, "front matter is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode mapping)) {
            return fail(2, "front matter must be YAML keys: id, title, questions, and optionally tags, intent, handoff");
        }
        int before = problems.size();
        FrontMatter front = new FrontMatter();
        for (NodeTuple entry : mapping.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Node value = entry.getValueNode();
            switch (key) {
                case "id" -> front.id = text(value, key);
                case "title" -> front.title = text(value, key);
                case "intent" -> front.intent = text(value, key);
                case "questions" -> front.questions = texts(value, key);
                case "tags" -> front.tags = texts(value, key);
                case "handoff" -> front.handoff = handoff(value);
                default -> problem(line(entry.getKeyNode()), "unknown key '" + key + "'; allowed: " + KEYS);
            }
        }
        String fileName = file.getFileName().toString();
        String expectedId = fileName.substring(0, fileName.length() - ".md".length());
        if (front.id == null) {
            problem(2, "missing 'id'");
        } else if (!front.id.equals(expectedId)) {
            problem(2, "id '" + front.id + "' differs from the file name '" + fileName + "'");
        }
        if (front.title == null) {
            problem(2, "missing 'title'");
        }
        if (front.questions.isEmpty()) {
            problem(2, "missing 'questions' (alternative phrasings of the question, a YAML list)");
        }
        return problems.size() > before ? Optional.empty() : Optional.of(front);
    }

    private String text(Node node, String key) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        problem(line(node), "'" + key + "' must be a non-empty text");
        return null;
    }

    private List<String> texts(Node node, String key) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(line(node), "'" + key + "' must be a YAML list");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String text = text(item, key);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private HandoffMode handoff(Node node) {
        String value = node instanceof ScalarNode scalar ? scalar.getValue().strip().toUpperCase(Locale.ROOT) : "";
        try {
            return HandoffMode.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            problem(line(node), "'handoff' must be offer, always or never");
            return HandoffMode.OFFER;
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 2;
    }

    private <T> Optional<T> fail(int line, String reason) {
        problem(line, reason);
        return Optional.empty();
    }

    private void problem(int line, String reason) {
        problems.add(new AnswerFileProblem(file, line, reason));
    }
}
