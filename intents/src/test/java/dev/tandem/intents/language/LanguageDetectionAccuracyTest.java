package dev.tandem.intents.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.DemoContent;
import dev.tandem.intents.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue #3's bar for language detection: at least 97 % right in every language on short chat messages
 * written for this held-out file ({@code language/short-messages.tsv}), never seen in training.
 */
class LanguageDetectionAccuracyTest {

    private static final double TARGET = 0.97;

    @Test
    void givenHeldOutShortMessages_whenDetected_thenAtLeast97PercentRightInEveryLanguage() throws IOException {
        ShortTextLanguageDetector detector = new ShortTextLanguageDetector(DemoContent.catalog());
        Map<Language, int[]> counts = new EnumMap<>(Language.class);
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows()) {
            Language expected = Language.fromCode(row[0]).orElseThrow();
            LanguageGuess guess = detector.detect(row[1]);
            int[] count = counts.computeIfAbsent(expected, language -> new int[2]);
            count[1]++;
            if (guess.language().filter(expected::equals).isPresent()) {
                count[0]++;
            } else {
                wrong.add(row[0] + " '" + row[1] + "' → " + guess.language().map(Language::code).orElse("neutral"));
            }
        }

        StringBuilder report = new StringBuilder();
        counts.forEach((language, count) -> report.append(String.format("%s %d/%d (%.1f %%)  ", language.code(),
                count[0], count[1], 100.0 * count[0] / count[1])));
        System.out.println("Language detection on held-out short messages: " + report + "; wrong: " + wrong);
        assertThat(counts).hasSize(4);
        counts.forEach((language, count) -> assertThat(count[1]).as(language + " messages").isGreaterThanOrEqualTo(50));
        counts.forEach((language, count) -> assertThat((double) count[0] / count[1])
                .as("%s accuracy; %s; wrong: %s", language, report, wrong).isGreaterThanOrEqualTo(TARGET));
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = LanguageDetectionAccuracyTest.class.getResourceAsStream("/language/short-messages.tsv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", 2));
                }
            }
            return rows;
        }
    }
}
