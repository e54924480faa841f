package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.DemoContent;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.text.TextNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageFeaturesTest {

    private final MessageFeatures features = new MessageFeatures();

    @Test
    void givenEveryDemoShopExample_whenItsFeaturesAreWritten_thenTheyAreTheGeneratorsFeaturesInTheirOrder() {
        for (IntentDefinition intent : DemoContent.catalog().intents()) {
            for (Language language : Language.values()) {
                intent.examples(language).forEach(this::assertSameAsTheGenerators);
            }
        }
    }

    @Test
    void givenPublicBenchmarkUtterancesAndOddText_whenTheirFeaturesAreWritten_thenTheyAreTheGeneratorsFeatures()
            throws IOException {
        FastPathIdentityTest.publicUtterances().forEach(this::assertSameAsTheGenerators);
        List.of("ship to germany and norway", "zwrot pieniędzy next day", "ŁÓDŹ łódź", "їжак йод ёлка",
                "x".repeat(400), "a b", "ﬁne ǅ", "e\u0301 zwro\u0301cic\u0301").forEach(this::assertSameAsTheGenerators);
    }

    private void assertSameAsTheGenerators(String text) {
        String[] tokens = TextNormalizer.tokens(text);
        List<String> written = new ArrayList<>();
        MessageFeatures.Sink sink = (buffer, length) -> written.add(new String(buffer, 0, length));

        features.nearest(tokens, sink);
        int nearest = written.size();
        features.rest(tokens, sink);

        assertThat(written).as(text).isEqualTo(FastPathIdentityTest.generatorFeatures(tokens));
        assertThat(nearest).as(text).isEqualTo(new WordNgramFeatures().extractFeatures(tokens, Map.of()).size()
                + new CharNgramFeatures().extractFeatures(tokens, Map.of()).size());
    }
}
