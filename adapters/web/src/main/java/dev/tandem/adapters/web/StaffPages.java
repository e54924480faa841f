package dev.tandem.adapters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The staff pages' shared markup, written once under {@code static/staff/}: the head every page starts with
 * ({@code head.html}) and the header's language picker and sign-out button. A page names a part with
 * {@code <!--#include staff/<part>.html-->} on a line of its own; the part is put in at that indentation when the
 * page is read, once at start. The sign-in page, built in Java, takes the same head.
 */
final class StaffPages {

    private static final Pattern INCLUDE = Pattern.compile("(?m)^([ \\t]*)<!--#include (staff/[a-z-]+\\.html)-->$");

    private StaffPages() {
    }

    /** A page under {@code static/} with its shared parts put in. */
    static String page(String path) {
        String page = read(path);
        Matcher include = INCLUDE.matcher(page);
        StringBuilder built = new StringBuilder();
        while (include.find()) {
            include.appendReplacement(built, Matcher.quoteReplacement(part(include.group(2), include.group(1))));
        }
        include.appendTail(built);
        if (built.indexOf("<!--#include") >= 0) {
            throw new IllegalStateException(path + ": an include must be a line of its own naming a file under staff/");
        }
        return built.toString();
    }

    /** A shared part, every line indented by {@code indent}, without a final line break. */
    static String part(String path, String indent) {
        return read(path).strip().lines().map(line -> indent + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String read(String path) {
        try (var in = new ClassPathResource("static/" + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page part static/" + path, e);
        }
    }
}
