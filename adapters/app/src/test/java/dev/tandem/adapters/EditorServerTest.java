package dev.tandem.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The application serving a copy of the demo shop that editors change through the browser and the API: its own
 * content directory (a git repository, as a shop keeps its content), so no other test sees the edits. Test classes
 * extending it share one running server. The check before changed examples go live (cross-validating the whole
 * demo shop twice, minutes on a small machine) is off here: {@code SafeRetrainingTest} covers it on a small shop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "tandem.users[0].name=agent", "tandem.users[0].password={noop}agent-pass", "tandem.users[0].roles=AGENT",
    "tandem.users[1].name=editor", "tandem.users[1].password={noop}editor-pass", "tandem.users[1].roles=EDITOR",
    "tandem.users[2].name=erika", "tandem.users[2].password={noop}erika-pass", "tandem.users[2].roles=EDITOR",
    "tandem.rate-limit.per-ip=false", "tandem.learning.check-retraining=false"})
public abstract class EditorServerTest {

    private static final Path DATA_DIR = ModelCacheWarmup.newDataDir("tandem-editor-test");
    private static final Path CONTENT_DIR = gitCopyOfTheDemoShop();

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

    private static Path gitCopyOfTheDemoShop() {
        Path demo = Path.of("..", "..", "content", "demo-shop");
        try {
            Path content = Files.createTempDirectory("tandem-editor-content");
            try (Stream<Path> paths = Files.walk(demo)) {
                for (Path path : paths.toList()) {
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
}
