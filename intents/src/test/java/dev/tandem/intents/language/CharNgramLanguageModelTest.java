package dev.tandem.intents.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.DemoContent;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packed n-gram model against the string one it replaced, trained on the same examples: equal to the last bit. */
class CharNgramLanguageModelTest {

    private static final CharNgramLanguageModel model = new CharNgramLanguageModel();
    private static final LegacyCharNgramLanguageModel legacy = new LegacyCharNgramLanguageModel();
    private static final List<String> examples = new ArrayList<>();

    @BeforeAll
    static void trainBothOnTheDemoShop() {
        for (IntentDefinition intent : DemoContent.catalog().intents()) {
            for (Language language : Language.values()) {
                for (String example : intent.examples(language)) {
                    String normalized = TextNormalizer.normalize(example);
                    model.add(language, normalized);
                    legacy.add(language, normalized);
                    examples.add(normalized);
                }
            }
        }
    }

    @Test
    void givenTheShopsExamplesAndHeldOutMessages_whenScored_thenExactlyTheStringModelsLikelihoods() throws IOException {
        List<String> texts = new ArrayList<>(examples);
        try (InputStream in = getClass().getResourceAsStream("/language/short-messages.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.substring(line.indexOf('\t') + 1)).map(TextNormalizer::normalize).forEach(texts::add);
        }

        assertSameLikelihoods(texts);
    }

    @Test
    void givenOddText_whenScored_thenExactlyTheStringModelsLikelihoods() {
        List<String> texts = new ArrayList<>(List.of("", " ", "'", "a", "don't 'quoted' x''y", "𝐀𝐁𝐂 abc 😀😀",
                "a\uD835b", "ł-ź_ż.ё ї ґ", "100234 a@b.pl", "x".repeat(3000)));
        Random random = new Random(9);
        String alphabet = "abcząłżбвгдёїґ'’ -.,0😀";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(40); c >= 0; c--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }

        assertSameLikelihoods(texts);
    }

    private static void assertSameLikelihoods(List<String> texts) {
        for (String text : texts) {
            for (Language language : Language.values()) {
                assertThat(model.logLikelihood(language, text)).as(language + " " + text)
                        .isEqualTo(legacy.logLikelihood(language, text));
            }
        }
    }
}
