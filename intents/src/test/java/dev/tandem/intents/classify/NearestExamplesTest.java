package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.intents.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestExamplesTest {

    private final NearestExamples index = NearestExamples.build(
            List.of("refund_timing", "refund_timing", "greeting", "shipping_time"),
            List.of(tokens("when do i get my money back"), tokens("how long does a refund take"), tokens("hello there"),
                    tokens("how long does delivery take")),
            new WordNgramFeatures(), new CharNgramFeatures());

    @Test
    void givenAnExampleVerbatim_whenLookedUp_thenItsIntentIsFullySimilar() {
        float[] closest = index.closest(tokens("How long does a refund take?"));

        assertThat(closest[index.intents().indexOf("refund_timing")]).isCloseTo(1f, within(1e-4f));
        assertThat(closest[index.intents().indexOf("shipping_time")]).isBetween(0.05f, 0.99f);
    }

    @Test
    void givenAParaphrase_whenLookedUp_thenTheIntentWithTheCloserExampleScoresHigher() {
        float[] closest = index.closest(tokens("how long will the refunds take"));

        assertThat(closest[index.intents().indexOf("refund_timing")])
                .isGreaterThan(closest[index.intents().indexOf("shipping_time")]);
    }

    @Test
    void givenTextSharingNothingWithTheExamples_whenLookedUp_thenEverySimilarityIsZero() {
        assertThat(index.closest(tokens("zzzz qqqq"))).containsOnly(0f);
        assertThat(index.closest(new String[0])).containsOnly(0f);
    }

    @Test
    void givenAWordNoExampleHas_whenLookedUp_thenTheMatchIsWeakerThanWithoutIt() {
        int greeting = index.intents().indexOf("greeting");
        float plain = index.closest(tokens("hello there"))[greeting];

        float diluted = index.closest(tokens("hello there xylophone"))[greeting];

        assertThat(diluted).isLessThan(plain);
    }

    private static String[] tokens(String text) {
        return TextNormalizer.tokens(text);
    }
}
