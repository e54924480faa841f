package dev.tandem.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application serving a small copy of the demo shop that editors change through the browser and the API: its
 * own content directory (a git repository, as a shop keeps its content), so no other test sees the edits. Test
 * classes extending it share one running server. The copy holds the intents and FAQ entries these tests write to,
 * plus the conversation basics (greeting, thanks, a person, out of scope), so a save that retrains the intent
 * model takes a second instead of retraining the whole demo shop. The check before changed examples go live
 * (cross-validating the model twice) is off here: {@code SafeRetrainingTest} covers it on a tiny shop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tandem.users[0].name=agent", "tandem.users[0].password={noop}agent-pass", "tandem.users[0].roles=AGENT",
    "tandem.users[1].name=editor", "tandem.users[1].password={noop}editor-pass", "tandem.users[1].roles=EDITOR",
    "tandem.users[2].name=erika", "tandem.users[2].password={noop}erika-pass", "tandem.users[2].roles=EDITOR",
    "tandem.rate-limit.per-ip=false", "tandem.learning.check-retraining=false"})
public abstract class EditorServerTest {

    private static final Path DATA_DIR = ModelCacheWarmup.newDataDir("tandem-editor-test");
    /** The demo shop's intents and FAQ entries in the copy; its canned replies and synonyms come whole. */
    private static final Set<String> INTENTS = Set.of("greeting", "thanks", "human_agent", "out_of_scope",
            "pickup_points", "gift_cards", "promo_codes", "warranty");
    private static final Set<String> FAQ_ENTRIES = Set.of("pickup-points", "gift-cards", "promo-codes", "warranty");
    private static final Path CONTENT_DIR = gitCopyOfASmallDemoShop();

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("tandem.data-dir", DATA_DIR::toString);
        registry.add("tandem.content-dir", CONTENT_DIR::toString);
    }

    @LocalServerPort
    protected int port;

    protected WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(java.time.Duration.ofMinutes(3)).build();
    }

    protected static Path contentDir() {
        return CONTENT_DIR;
    }

    private static Path gitCopyOfASmallDemoShop() {
        Path demo = Path.of("..", "..", "content", "demo-shop");
        try {
            Path content = Files.createTempDirectory("tandem-editor-content");
            try (Stream<Path> paths = Files.walk(demo)) {
                for (Path path : paths.filter(path -> inTheSmallShop(demo.relativize(path))).toList()) {
                    Path target = content.resolve(demo.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                }
            }
            try (Git git = Git.init().setDirectory(content.toFile()).call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Demo shop").setAuthor("shop", "shop@example.com")
                        .setCommitter("shop", "shop@example.com").call();
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inTheSmallShop(Path relative) {
        String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        String name = relative.getFileName().toString();
        return switch (folder) {
            case "intents" -> INTENTS.contains(name.replace(".yml", ""));
            case "faq" -> relative.getNameCount() < 3 || FAQ_ENTRIES.contains(name.replace(".md", ""));
            case "eval" -> false;
            default -> true;
        };
    }
}
