package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.intents.Language;
import dev.tandem.intents.vocabulary.Vocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestExamplesTest {

    private final NearestExamples index = NearestExamples.build(
            List.of("refund_timing", "refund_timing", "greeting", "shipping_time"),
            List.of(features("when do i get my money back"), features("how long does a refund take"),
                    features("hello there"), features("how long does delivery take")));

    @Test
    void givenAnExampleVerbatim_whenLookedUp_thenItsIntentIsFullySimilar() {
        float[] closest = index.closest(features("How long does a refund take?"));

        assertThat(closest[index.intents().indexOf("refund_timing")]).isCloseTo(1f, within(1e-4f));
        assertThat(closest[index.intents().indexOf("shipping_time")]).isBetween(0.05f, 0.99f);
    }

    @Test
    void givenAParaphrase_whenLookedUp_thenTheIntentWithTheCloserExampleScoresHigher() {
        float[] closest = index.closest(features("how long will the refunds take"));

        assertThat(closest[index.intents().indexOf("refund_timing")])
                .isGreaterThan(closest[index.intents().indexOf("shipping_time")]);
    }

    @Test
    void givenTextSharingNothingWithTheExamples_whenLookedUp_thenEverySimilarityIsZero() {
        assertThat(index.closest(features("zzzz qqqq"))).containsOnly(0f);
        assertThat(index.closest(List.of())).containsOnly(0f);
    }

    @Test
    void givenAWordNoExampleHas_whenLookedUp_thenTheMatchIsWeakerThanWithoutIt() {
        int greeting = index.intents().indexOf("greeting");
        float plain = index.closest(features("hello there"))[greeting];

        float diluted = index.closest(features("hello there xylophone"))[greeting];

        assertThat(diluted).isLessThan(plain);
    }

    private static List<String> features(String text) {
        return new FeaturePipeline(Vocabulary.none()).features(text, Language.EN).similarity();
    }
}
