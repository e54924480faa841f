package dev.tandem.adapters.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.content.CurrentShopKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changed intent examples on a tiny shop (three intents, so a cross-validation takes a second; all small talk, so it
 * needs no FAQ entries, which the check does not look at): the old model
 * serves while the change is checked; a harmless change goes live by itself, one that makes two intents
 * indistinguishable is held with the confused examples until an editor publishes it.
 */
class SafeRetrainingTest {

    private static final String REFUNDS = "[\"when do I get my money back\", \"refund not received yet\", "
            + "\"how many days for the refund\", \"money back to my card when\", \"refund still pending\", "
            + "\"my refund is late\"]";
    private static final String DELIVERY = "[\"how long does delivery take\", \"when will the parcel arrive\", "
            + "\"delivery time to Warsaw\", \"how many days is shipping\", \"parcel arrival date\", "
            + "\"courier delivery how fast\"]";
    private static final String GREETINGS = "[\"hello\", \"hi there\", \"good morning\", \"hey\", \"hiya\", \"good evening\"]";

    @TempDir
    Path dataDir;
    @TempDir
    Path content;

    private CurrentShopKnowledge knowledge;
    private SafeRetraining retraining;

    @BeforeEach
    void aTinyShop() throws IOException {
        Files.createDirectories(content.resolve("faq/en"));
        intent("refund_timing", "smalltalk", REFUNDS);
        intent("shipping_time", "smalltalk", DELIVERY);
        intent("greeting", "smalltalk", GREETINGS);
        TandemProperties properties = new TandemProperties(dataDir, content, List.of(),
                new TandemProperties.Dialogue(0.55, 0.0, 0.35, 0.65, 0.5, Map.of()), false,
                new TandemProperties.Queue(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofSeconds(30),
                        Duration.ofMinutes(2), 50, 5, 200),
                new TandemProperties.Hours("UTC", Map.of(), List.of()),
                new TandemProperties.RateLimit(true, 30, 120, 20), Duration.ZERO);
        knowledge = new CurrentShopKnowledge(properties);
        retraining = new SafeRetraining(knowledge, Clock.systemUTC(), true, 3);
    }

    private void intent(String name, String action, String examples) throws IOException {
        Files.createDirectories(content.resolve("intents"));
        Files.writeString(content.resolve("intents/" + name + ".yml"), "action: " + action + "\nexamples:\n  en: " + examples + "\n");
    }

    private String serving() {
        return knowledge.loaded().catalog().sha256();
    }

    private ModelState awaitState(Predicate<ModelState> wanted) {
        return await("the retraining's state").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
                .until(retraining::state, wanted);
    }

    @Test
    void givenAChangeThatMakesTwoIntentsIndistinguishable_whenReloaded_thenItIsHeldWithTheConfusedExamplesUntilPublished()
            throws Exception {
        String before = serving();
        intent("shipping_time", "smalltalk", REFUNDS.replace("\"my refund is late\"", "\"refund for my parcel\""));

        knowledge.reload();

        assertThat(serving()).as("the old model keeps serving while the change is checked").isEqualTo(before);
        ModelState.Held held = (ModelState.Held) awaitState(ModelState.Held.class::isInstance);
        assertThat(serving()).isEqualTo(before);
        RetrainingVerdict.ConfusedPair pair = held.verdict().newlyConfused().get(0);
        assertThat(pair.language()).isEqualTo("en");
        assertThat(List.of(pair.first(), pair.second())).containsExactly("refund_timing", "shipping_time");
        assertThat(pair.examples()).isNotEmpty().allSatisfy(example -> assertThat(example.text()).containsAnyOf("refund", "money"));
        assertThat(held.verdict().languages()).extracting(RetrainingVerdict.LanguageScore::language).containsExactly("en");
        assertThat(held.verdict().languages()).anySatisfy(score -> assertThat(score.dropped()).isTrue());

        knowledge.reload();
        assertThat(retraining.state()).as("a reload does not check the same held change again").isSameAs(held);

        assertThat(retraining.publish()).isTrue();
        awaitState(ModelState.Live.class::isInstance);
        assertThat(serving()).isEqualTo(held.catalogSha256()).isNotEqualTo(before);
        assertThat(retraining.publish()).as("nothing waits any more").isFalse();
    }

    @Test
    void givenAHarmlessChange_whenReloaded_thenItGoesLiveAfterTheCheckWithoutAnEditor() throws Exception {
        String before = serving();
        intent("shipping_time", "smalltalk", DELIVERY.replace("]", ", \"how long is delivery to Krakow\"]"));

        knowledge.reload();

        assertThat(serving()).isEqualTo(before);
        awaitState(state -> state instanceof ModelState.Live && !serving().equals(before));
        assertThat(knowledge.loaded().catalog().intent("shipping_time").orElseThrow().examples(dev.tandem.intents.Language.EN))
                .contains("how long is delivery to Krakow");
    }
}
