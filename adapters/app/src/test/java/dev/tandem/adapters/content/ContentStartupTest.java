package dev.tandem.adapters.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.TandemApplication;
import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.intents.ContentException;
import dev.tandem.intents.IntentFileProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.util.FileSystemUtils;

/**
 * The server starts loading the shop's content in the background while Spring builds the rest, and opens its port
 * only when the bot can answer. Until then nothing answers from missing knowledge: the health indicator is
 * OUT_OF_SERVICE and the bot refuses with a 503. A malformed intents file still stops the start with
 * {@code file:line: reason}. The background thread is held by a test double, so no test depends on timing.
 */
class ContentStartupTest {

    private static final Path DEMO = Path.of("..", "..", "content", "demo-shop");

    /** Shared by the tests, so the intent model is trained (or copied from another test's cache) once. */
    @TempDir
    static Path dataDir;

    @Test
    void givenTheContentStillLoading_whenAsked_thenNotReadyWith503AndOutOfService_andReadyOnceTheLoadIsDone() {
        HeldThread loading = new HeldThread();
        CurrentShopKnowledge knowledge = new CurrentShopKnowledge(properties(DEMO), loading);
        ContentHealthIndicator health = new ContentHealthIndicator(knowledge);

        assertThat(knowledge.loadedIfReady()).isEmpty();
        assertThat(knowledge.startupLoad()).isNotDone();
        assertThat(health.health().block().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThatThrownBy(knowledge::get).isInstanceOfSatisfying(ContentNotReadyException.class, notReady -> {
            assertThat(notReady.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(notReady.error()).isEqualTo("starting");
        });

        loading.release();

        assertThat(knowledge.startupLoad()).isCompleted();
        Health ready = health.health().block();
        assertThat(ready.getStatus()).isEqualTo(Status.UP);
        assertThat(knowledge.get().faq().entry("uk", "return-policy")).isPresent();
    }

    @Test
    void givenTheContentLoading_whenTheWebServerIsAboutToStart_thenTheGateOpensOnlyAfterTheLoad() throws Exception {
        HeldThread loading = new HeldThread();
        CurrentShopKnowledge knowledge = new CurrentShopKnowledge(properties(DEMO), loading);
        ContentReadyGate gate = new ContentReadyGate(knowledge);
        CompletableFuture<Void> starting = CompletableFuture.runAsync(gate::start);

        assertThat(gate.isRunning()).isFalse();
        loading.release();
        starting.get();

        assertThat(gate.isRunning()).isTrue();
        assertThat(knowledge.loadedIfReady()).isPresent();
    }

    @Test
    void givenAMalformedIntentsFile_whenTheServerStarts_thenTheStartStopsWithFileLineReason(@TempDir Path content)
            throws IOException {
        FileSystemUtils.copyRecursively(DEMO, content);
        Path broken = content.resolve("intents/order_status.yml");
        Files.writeString(broken, "name: order_status\nexamples: [unclosed\n");

        assertThatThrownBy(() -> new SpringApplicationBuilder(TandemApplication.class).run("--server.port=0",
                "--tandem.data-dir=" + dataDir, "--tandem.content-dir=" + content).close())
                .rootCause()
                .isInstanceOf(ContentException.class)
                .hasMessageMatching("(?s).*" + Pattern.quote(broken.toString()) + ":[1-9]\\d*: \\S.*");
    }

    @Test
    void givenAMalformedIntentsFile_whenTheStartFails_thenTheReportIsTheFileLineReasonAndWhatToDo() {
        ContentException malformed = new ContentException(List.of(
                new IntentFileProblem(Path.of("/shop/intents/order_status.yml"), 2, "examples is not a list")));

        var analysis = new ContentFailureAnalyzer().analyze(new IllegalStateException("start failed", malformed));

        assertThat(analysis.getDescription()).isEqualTo("/shop/intents/order_status.yml:2: examples is not a list");
        assertThat(analysis.getAction()).contains("kb lint");
    }

    private static TandemProperties properties(Path contentDir) {
        return new TandemProperties(ModelCacheWarmup.warm(dataDir), contentDir, List.of(),
                new TandemProperties.Dialogue(0.40, 0.0, 0.35, 0.65, 0.5, Map.of()), false,
                new TandemProperties.Queue(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofSeconds(30),
                        Duration.ofMinutes(2), 50, 5, 200),
                new TandemProperties.Hours("UTC", Map.of(), List.of()),
                new TandemProperties.RateLimit(true, 30, 120, 20), Duration.ZERO);
    }

    /** The content-loading thread of a server that has not got round to the load yet; the test decides when. */
    private static final class HeldThread implements ContentLoadingThread {

        private Runnable load;

        @Override
        public void run(Runnable load) {
            this.load = load;
        }

        void release() {
            load.run();
        }
    }
}
