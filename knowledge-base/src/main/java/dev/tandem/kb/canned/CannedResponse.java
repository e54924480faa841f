package dev.tandem.kb.canned;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prepared reply an agent inserts in the live-agent console: a short title for the picker and the text, in
 * every language. The text may hold placeholders such as {@code {name}} that {@link #render} fills in.
 *
 * <p><b>Rendering rule:</b> a placeholder whose variable is missing, {@code null} or blank stays in the text
 * as it is written (e.g. {@code {orderNumber}}), so the agent sees in the composer what is left to fill in
 * before sending, instead of a reply that silently reads "your order  is on its way". Values are inserted
 * literally (stripped of surrounding spaces; a value is never expanded again); variables the text does not
 * use are ignored.
 *
 * @param id      the file name without {@code .yml}, kebab-case, e.g. {@code ask-order-number}
 * @param titles  title per language code (en, ru, uk, pl)
 * @param texts   text per language code (en, ru, uk, pl)
 * @param source  the file it was read from, for editors
 */
public record CannedResponse(String id, Map<String, String> titles, Map<String, String> texts, Path source) {

    /** The language codes every canned response exists in, in the order editors write them. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "uk", "pl");

    /** The variables a text may use as {@code {variable}}: what the console knows about a conversation. */
    public static final Set<String> PLACEHOLDERS = Set.of("name", "orderNumber", "agentName", "trackingNumber");

    /** {@code {word}} without spaces or nested braces; other braces are plain text. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)}");

    public CannedResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        titles = Map.copyOf(titles);
        texts = Map.copyOf(texts);
        for (String language : LANGUAGES) {
            if (!titles.containsKey(language) || !texts.containsKey(language)) {
                throw new IllegalArgumentException("canned response '" + id + "' lacks language '" + language + "'");
            }
        }
    }

    /** The title shown in the agent's picker, in that language. */
    public String title(String language) {
        return titles.get(supported(language));
    }

    /** The text as the editor wrote it, placeholders included. */
    public String text(String language) {
        return texts.get(supported(language));
    }

    /** The placeholder names the text uses (the same in every language), in order of first use in English. */
    public Set<String> placeholders() {
        return placeholdersIn(texts.get("en"));
    }

    /**
     * The text in that language with each {@code {variable}} replaced by its value; a missing or blank
     * variable leaves its placeholder visible (see the class comment).
     *
     * @throws IllegalArgumentException for a language other than en, ru, uk, pl
     */
    public String render(String language, Map<String, String> variables) {
        Objects.requireNonNull(variables, "variables");
        Matcher placeholder = PLACEHOLDER.matcher(text(language));
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            String value = variables.get(placeholder.group(1));
            String replacement = value == null || value.isBlank() ? placeholder.group() : value.strip();
            placeholder.appendReplacement(rendered, Matcher.quoteReplacement(replacement));
        }
        placeholder.appendTail(rendered);
        return rendered.toString();
    }

    static Set<String> placeholdersIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return Collections.unmodifiableSet(names);
    }

    static String supported(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no canned responses in language '" + language + "'; supported: "
                    + LANGUAGES);
        }
        return language;
    }
}
