package dev.tandem.kb;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Checks the links in an answer: a link a shopper clicks must lead somewhere. Web links must be well-formed
 * http(s) or mailto addresses; a relative link must name a file that exists next to the FAQ file.
 */
final class AnswerLinks extends AbstractVisitor {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private final Path file;
    private final int firstBodyLine;
    private final List<AnswerFileProblem> problems;

    private AnswerLinks(Path file, int firstBodyLine, List<AnswerFileProblem> problems) {
        this.file = file;
        this.firstBodyLine = firstBodyLine;
        this.problems = problems;
    }

    /** @param firstBodyLine the file's line number of the answer's first line */
    static void check(Node answer, Path file, int firstBodyLine, List<AnswerFileProblem> problems) {
        answer.accept(new AnswerLinks(file, firstBodyLine, problems));
    }

    @Override
    public void visit(Link link) {
        String reason = problemWith(link.getDestination());
        if (reason != null) {
            problems.add(new AnswerFileProblem(file, lineOf(link), reason));
        }
        visitChildren(link);
    }

    private String problemWith(String destination) {
        if (destination == null || destination.isBlank()) {
            return "a link has no address";
        }
        URI uri;
        try {
            uri = new URI(destination);
        } catch (URISyntaxException malformed) {
            return "broken link '" + destination + "': " + malformed.getReason();
        }
        if (uri.getScheme() == null) {
            String relative = uri.getPath() == null ? "" : uri.getPath();
            if (relative.isEmpty()) {
                return null;
            }
            Path target = file.getParent().resolve(relative).normalize();
            return Files.exists(target) ? null : "broken link '" + destination + "': no file " + target.getFileName();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return "link '" + destination + "' uses " + scheme + ":, only http, https and mailto are allowed";
        }
        if (!scheme.equals("mailto") && (uri.getHost() == null || !uri.getHost().contains("."))) {
            return "broken link '" + destination + "': no valid host";
        }
        return null;
    }

    private int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? firstBodyLine : firstBodyLine + spans.get(0).getLineIndex();
    }
}
