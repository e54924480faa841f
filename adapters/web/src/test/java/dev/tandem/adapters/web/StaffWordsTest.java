package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The staff pages' words, kept as data ({@code static/<page>/words/<language>.json}, read by
 * {@code staff.js pageWords}; the sign-in page's in {@code web/login_<language>.properties}): a translator who
 * edits one language keeps every message of English and the arguments each takes, so no page shows a key or
 * drops a number.
 */
class StaffWordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");
    private static final Pattern EXACT_FORM = Pattern.compile("=\\d+");

    @ParameterizedTest
    @ValueSource(strings = {"console", "editor", "analytics"})
    void givenAPagesWords_whenEveryLanguageIsRead_thenEachHasEnglishsMessagesWithTheSameArguments(String page)
            throws IOException {
        Map<String, Set<String>> english = messages(page, "en");
        assertThat(english).isNotEmpty();
        for (String language : new String[] {"ru", "uk", "pl"}) {
            assertThat(messages(page, language)).as("%s words in %s", page, language).isEqualTo(english);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenTheSignInPage_whenItsWordsAreReadInALanguage_thenEveryWordIsThere(Language language) {
        LoginPage.Words words = LoginPage.Words.in(language);

        assertThat(List.of(words.title(), words.lead(), words.user(), words.password(), words.locked(),
                words.wrong(), words.signedOut())).allSatisfy(word -> assertThat(word).isNotBlank());
    }

    /** Each message's key path → the arguments it takes (a message with exact-number forms: all its forms'). */
    private static Map<String, Set<String>> messages(String page, String language) throws IOException {
        String path = "/static/" + page + "/words/" + language + ".json";
        try (InputStream in = StaffWordsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Map<String, Set<String>> messages = new TreeMap<>();
            collect("", JSON.readTree(in), messages);
            return messages;
        }
    }

    private static void collect(String key, JsonNode node, Map<String, Set<String>> messages) {
        if (node.isString()) {
            messages.put(key, arguments(node.asString(), new TreeSet<>()));
        } else if (isByNumber(node)) {
            Set<String> arguments = new TreeSet<>();
            node.forEach(form -> arguments(form.asString(), arguments));
            messages.put(key, arguments);
        } else {
            assertThat(node.isObject()).as("%s is a message or a table of messages", key).isTrue();
            node.properties().forEach(entry -> collect(key + "." + entry.getKey(), entry.getValue(), messages));
        }
    }

    private static boolean isByNumber(JsonNode node) {
        return node.has("other") && node.propertyNames().stream()
                .allMatch(name -> name.equals("other") || EXACT_FORM.matcher(name).matches());
    }

    private static Set<String> arguments(String message, Set<String> into) {
        Matcher argument = ARGUMENT.matcher(message);
        while (argument.find()) {
            into.add(argument.group(1));
        }
        return into;
    }
}
