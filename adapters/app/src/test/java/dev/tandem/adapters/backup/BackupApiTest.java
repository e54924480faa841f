package dev.tandem.adapters.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tandem.adapters.ModelCacheWarmup;
import dev.tandem.adapters.RunningServerTest;
import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.TandemApplication;
import dev.tandem.adapters.cli.TandemCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/** {@code POST /api/v1/admin/backup} on the running server, and {@code restore} of what it wrote. */
class BackupApiTest extends RunningServerTest {

    private static final int SHOPPERS = 4;
    /** Below the per-conversation limit (30 messages a minute), which would answer 429. */
    private static final int TURNS_PER_SHOPPER = 25;

    @Value("${tandem.data-dir}")
    Path dataDir;

    /** An acknowledged message: the server answered 200 to it. */
    private record Sent(ShopperChat chat, String text) {
    }

    @Test
    void givenShoppersSendingMessages_whenABackupIsTakenAndRestoredIntoANewDirectory_thenAServerStartedThereHasEveryMessageAcknowledgedBeforeTheBackup()
            throws Exception {
        ConcurrentLinkedQueue<Sent> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        // A turn on a busy build machine can take longer than WebTestClient's default 5 s.
        WebTestClient patient = http.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        ExecutorService shoppers = Executors.newFixedThreadPool(SHOPPERS);
        List<Future<?>> running = new ArrayList<>();
        for (int shopper = 0; shopper < SHOPPERS; shopper++) {
            int number = shopper;
            running.add(shoppers.submit(() -> {
                ShopperChat chat = ShopperChat.start(patient, "en");
                for (int turn = 0; sending.get() && turn < TURNS_PER_SHOPPER; turn++) {
                    String text = "shopper " + number + " asks about order 1000" + turn;
                    chat.say(text);
                    acknowledged.add(new Sent(chat, text));
                }
                return null;
            }));
        }
        await("acknowledged messages before the backup").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(20))
                .failFast("a shopper stopped early", () -> {
                    for (Future<?> shopper : running) {
                        if (shopper.isDone()) {
                            shopper.get(); // says why
                        }
                    }
                })
                .until(acknowledged::size, size -> size >= 3 * SHOPPERS);
        List<Sent> beforeBackup = List.copyOf(acknowledged);

        Map<String, Object> answer = admin().post().uri("/api/v1/admin/backup").exchange()
                .expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        sending.set(false);
        for (Future<?> shopper : running) {
            shopper.get(30, TimeUnit.SECONDS);
        }
        shoppers.shutdown();

        Path backup = Path.of((String) answer.get("file"));
        assertThat(backup).isRegularFile().hasParent(dataDir.resolve("backups").toAbsolutePath().normalize());
        assertThat(((Number) answer.get("bytes")).longValue()).isEqualTo(Files.size(backup));

        Path restoredDir = ModelCacheWarmup.newDataDir("tandem-restored");
        assertThat(restore(backup, restoredDir)).isZero();
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(TandemApplication.class).run(
                "--server.port=0", "--tandem.data-dir=" + restoredDir, "--tandem.content-reload=false")) {
            WebTestClient restoredHttp = WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30))
                    .baseUrl("http://localhost:" + ((WebServerApplicationContext) restored).getWebServer().getPort()).build();
            Map<ShopperChat, List<Sent>> byChat = beforeBackup.stream().collect(Collectors.groupingBy(Sent::chat));
            byChat.forEach((chat, sent) -> {
                Set<String> texts = ShopperChat.resume(restoredHttp, chat).messagesAfter(0).stream()
                        .map(message -> (String) message.get("text")).collect(Collectors.toSet());
                assertThat(texts).containsAll(sent.stream().map(Sent::text).toList());
            });
        }
    }

    @Test
    void givenTheBackupDirectoryCannotBeWritten_whenAnAdminAsksForABackup_thenAClearErrorAndTheServerKeepsServing()
            throws IOException {
        Path backups = dataDir.resolve("backups");
        FileSystemUtils.deleteRecursively(backups);
        Files.writeString(backups, "a file where the backup directory should be");
        try {
            Map<String, Object> error = admin().post().uri("/api/v1/admin/backup").exchange()
                    .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
                    .expectBody(ShopperChat.JSON).returnResult().getResponseBody();

            assertThat(error).containsEntry("error", "backup_failed");
            assertThat((String) error.get("message")).contains(backups.toAbsolutePath().normalize().toString())
                    .contains("not a directory");
            ShopperChat chat = ShopperChat.start(http, "en");
            assertThat(chat.say("where is my order?")).containsKey("replies");
        } finally {
            Files.delete(backups);
        }
        admin().post().uri("/api/v1/admin/backup").exchange().expectStatus().isOk();
    }

    @Test
    void givenTheServerIsRunningOnADirectory_whenRestoringIntoIt_thenRefusedAndTheDatabaseUntouched() throws IOException {
        Map<String, Object> answer = admin().post().uri("/api/v1/admin/backup").exchange()
                .expectStatus().isOk().expectBody(ShopperChat.JSON).returnResult().getResponseBody();
        Path database = dataDir.resolve("tandem.mv.db");
        long sizeBefore = Files.size(database);

        StringWriter err = new StringWriter();
        int exit = TandemCli.run(new String[] {"restore", (String) answer.get("file"), "--tandem.data-dir=" + dataDir},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("is in use").contains("stop the server");
        assertThat(database).isRegularFile();
        assertThat(Files.size(database)).isGreaterThanOrEqualTo(sizeBefore);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.startsWith(".restoring-") || name.contains("before-restore"));
        }
        ShopperChat.start(http, "en").say("hello");
    }

    private WebTestClient admin() {
        return http.mutate().responseTimeout(Duration.ofSeconds(60))
                .defaultHeaders(headers -> headers.setBasicAuth("boss", "boss-pass")).build();
    }

    private static int restore(Path backup, Path dataDir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TandemCli.run(new String[] {"restore", backup.toString(), "--tandem.data-dir=" + dataDir},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).startsWith("Restored ");
        return exit;
    }
}
