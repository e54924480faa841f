package dev.tandem.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.HandoffReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The staff pages' one table of names ({@code static/staff/labels.js}): every handoff reason the bot can give
 * is named in each console language, and the console and analytics pages take their names from it.
 */
class LabelTableTest {

    private static final Pattern LANGUAGE_BLOCK = Pattern.compile("\\n  (en|ru|uk|pl): \\{(.*?)\\n  \\}", Pattern.DOTALL);

    @Test
    void givenEveryHandoffReason_whenTheLabelTableIsRead_thenEachIsNamedInAllFourLanguages() throws IOException {
        String labels = resource("/static/staff/labels.js");
        String reasons = labels.substring(labels.indexOf("export const REASONS"), labels.indexOf("export const LANGUAGE_NAMES"));
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Matcher block = LANGUAGE_BLOCK.matcher(reasons);
        while (block.find()) {
            byLanguage.put(block.group(1), block.group(2));
        }
        assertThat(byLanguage).containsOnlyKeys("en", "ru", "uk", "pl");
        byLanguage.forEach((language, names) -> assertThat(Arrays.stream(HandoffReason.values()).map(Enum::name))
                .as("reasons named in %s", language)
                .allMatch(reason -> Pattern.compile("\\n    " + reason + ": '[^']+',").matcher(names).find()));
    }

    @Test
    void givenTheConsoleAndAnalyticsPages_whenTheirWordsAreRead_thenBothTakeReasonsFromTheOneTable() throws IOException {
        for (String words : new String[] {"/static/console/i18n.js", "/static/analytics/common.js"}) {
            String script = resource(words);
            assertThat(script).as(words).contains("from '/staff/labels.js'")
                    .doesNotContain("SHOPPER_REQUEST:");
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LabelTableTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
