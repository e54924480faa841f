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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bar for language detection, on chat messages written for held-out files never seen in training: at least
 * 97 % right in every language on short messages ({@code language/short-messages.tsv}), and at least 90 % on
 * Russian and Ukrainian typed in Latin letters or mixed with English words ({@code language/latin-typed.tsv}).
 */
class LanguageDetectionAccuracyTest {

    private static ShortTextLanguageDetector detector;

    @BeforeAll
    static void trainOnTheDemoShop() {
        detector = new ShortTextLanguageDetector(DemoContent.catalog());
    }

    @Test
    void givenHeldOutShortMessages_whenDetected_thenAtLeast97PercentRightInEveryLanguage() throws IOException {
        assertAccuracy("/language/short-messages.tsv", 4, 50, 0.97);
    }

    @Test
    void givenLatinTypedAndMixedRussianAndUkrainian_whenDetected_thenAtLeast90PercentRight() throws IOException {
        assertAccuracy("/language/latin-typed.tsv", 2, 25, 0.90);
    }

    private static void assertAccuracy(String file, int languages, int perLanguage, double target) throws IOException {
        Map<Language, int[]> counts = new EnumMap<>(Language.class);
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows(file)) {
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
        System.out.println("Language detection on " + file + ": " + report + "; wrong: " + wrong);
        assertThat(counts).hasSize(languages);
        counts.forEach((language, count) -> assertThat(count[1]).as(language + " messages").isGreaterThanOrEqualTo(perLanguage));
        counts.forEach((language, count) -> assertThat((double) count[0] / count[1])
                .as("%s accuracy; %s; wrong: %s", language, report, wrong).isGreaterThanOrEqualTo(target));
    }

    private static List<String[]> rows(String file) throws IOException {
        try (InputStream in = LanguageDetectionAccuracyTest.class.getResourceAsStream(file)) {
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
