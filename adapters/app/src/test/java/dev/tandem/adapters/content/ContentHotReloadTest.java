package dev.tandem.adapters.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.intents.Language;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** An editor saves a file in the content directory; the bot serves the change without a restart. */
class ContentHotReloadTest {

    private static final Path DEMO = Path.of("..", "..", "content", "demo-shop");

    /** Each wait ends as soon as its condition holds; the limit only decides when a reload that never comes fails. */
    private static final Duration RELOAD = Duration.ofSeconds(30);

    /** Shared by the tests, with a model an earlier test trained on the same intents, so none of them trains. */
    @TempDir
    static Path dataDir;

    @TempDir
    Path content;

    private CurrentShopKnowledge knowledge;
    private ContentWatcher watcher;
    private final MeterRegistry metrics = new SimpleMeterRegistry();

    @BeforeEach
    void startWatchingACopyOfTheDemoShop() throws IOException {
        FileSystemUtils.copyRecursively(DEMO, content);
        TandemProperties properties = new TandemProperties(ModelCacheWarmup.warm(dataDir), content, List.of(),
                new TandemProperties.Dialogue(0.55, 0.0, 0.35, 0.65, 0.5, Map.of()), true,
                new TandemProperties.Queue(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofSeconds(30),
                        Duration.ofMinutes(2), 50, 5, 200),
                new TandemProperties.Hours("UTC", Map.of(), List.of()),
                new TandemProperties.RateLimit(true, 30, 120, 20), Duration.ZERO);
        knowledge = new CurrentShopKnowledge(properties);
        watcher = new ContentWatcher(knowledge, properties, metrics);
        watcher.start();
    }

    @AfterEach
    void stopWatching() {
        watcher.stop();
    }

    @Test
    // "Within a second" is a speed target for a quiet machine (the reload log line gives the time it took); this test
    // proves that the reload happens, so it waits as long as a loaded build machine may need (RELOAD).
    void givenAnEditedAnswer_whenTheFileIsSaved_thenItIsSearchableSoonAfter() throws IOException {
        Path file = content.resolve("faq/en/gift-cards.md");
        String edited = Files.readString(file) + "\nGift cards bought on Black Friday are valid for 24 months (zebra-test).\n";

        Files.writeString(file, edited);

        await("the edited answer searchable").atMost(RELOAD).until(() -> knowledge.get().faq()
                .search("en", "zebra-test gift card", 1).stream()
                .anyMatch(hit -> hit.entry().answerText().contains("24 months (zebra-test)")));
        await("the reload counted").atMost(RELOAD).until(() -> reloads("success") >= 1);
    }

    @Test
    void givenABrokenSave_whenReloaded_thenThePreviousAnswerKeepsServingAndTheProblemIsReported() throws IOException {
        String serving = knowledge.get().faq().entry("pl", "warranty").orElseThrow().answerText();
        Files.writeString(content.resolve("faq/pl/warranty.md"), "---\nid: warranty\ntitle: [niedokończone\n");

        await("the broken file reported").atMost(RELOAD).until(() -> knowledge.loaded().problems().stream()
                .anyMatch(problem -> problem.contains("faq/pl/warranty.md:")));
        await("the reload counted with its rejected file").atMost(RELOAD)
                .until(() -> reloads("rejected_files") >= 1);
        assertThat(knowledge.get().faq().entry("pl", "warranty")).get()
                .satisfies(entry -> assertThat(entry.answerText()).isEqualTo(serving));
    }

    @Test
    void givenBrokenIntentFile_whenReloaded_thenTheLastGoodModelKeepsServing() throws IOException {
        Files.writeString(content.resolve("intents/thanks.yml"), "action: smalltalk\nexamples: [unclosed\n");

        await("the broken file reported").atMost(RELOAD).until(() -> knowledge.loaded().problems().stream()
                .anyMatch(problem -> problem.contains("intents/thanks.yml:")));
        assertThat(knowledge.get().intentClassifier().classify("dziękuję bardzo", Language.PL).best().intent())
                .isEqualTo("thanks");
    }

    @Test
    void givenANewEntryInAllLanguages_whenSaved_thenItServesWithoutARestart() throws IOException {
        for (String language : List.of("en", "ru", "uk", "pl")) {
            Files.writeString(content.resolve("faq/" + language + "/loyalty-points.md"), """
                    ---
                    id: loyalty-points
                    title: Loyalty points
                    questions: [how do loyalty points work]
                    ---
                    Every 10 PLN spent earns one point.
                    """);
        }

        await("the new entry served").atMost(RELOAD)
                .until(() -> knowledge.get().faq().entry("uk", "loyalty-points").isPresent());
    }

    private double reloads(String result) {
        return metrics.get("tandem.content.reloads").tag("result", result).counter().count();
    }
}
