package dev.tandem.adapters.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tandem.intents.ContentException;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.kb.FaqContent;
import dev.tandem.kb.canned.CannedResponses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever lands in a content file — any Unicode, bytes that are not UTF-8, a real file with garbage
 * spliced in, YAML nested thousands deep, a file over a megabyte — the FAQ, intent and canned-reply parsers
 * either accept it or report each problem as {@code file:line: reason} for that file; they never throw anything
 * else (no unchecked exception, no stack overflow), so one bad file cannot take the content reload down.
 * Randomised from a printed seed ({@link HostileInput}).
 */
class HostileContentFilesTest {

    private static final Path DEMO = Path.of("..", "..", "content", "demo-shop");
    private static final int CASES_PER_KIND = 60;

    @TempDir
    Path contentDir;

    /** One content file kind: where it lives, a real example, and how its problems come back. */
    private record Kind(String name, String relativeFile, Path demoFile, Function<Path, List<String>> problemsOf) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("faq", "faq/en/return-policy.md", DEMO.resolve("faq/en/return-policy.md"),
                    dir -> FaqContent.read(dir).problems().stream().map(Object::toString).toList()),
            new Kind("intents", "intents/order_status.yml", DEMO.resolve("intents/order_status.yml"),
                    HostileContentFilesTest::intentProblems),
            new Kind("canned", "canned/ask-order-number.yml", DEMO.resolve("canned/ask-order-number.yml"),
                    dir -> CannedResponses.load(dir).problems().stream().map(Object::toString).toList()));

    @TestFactory
    Stream<DynamicTest> givenHostileContentFiles_whenParsed_thenAcceptedOrFileLineReasonNeverAnException() {
        HostileInput input = HostileInput.create();
        List<DynamicTest> cases = new ArrayList<>();
        for (Kind kind : KINDS) {
            byte[] demo = read(kind.demoFile());
            for (int i = 0; i < CASES_PER_KIND; i++) {
                int variant = i == 5 ? 5 : i % 5;
                Supplier<byte[]> content = switch (variant) {
                    case 0 -> () -> input.text(400).getBytes(StandardCharsets.UTF_8);
                    case 1 -> () -> input.bytes(400);
                    case 2, 3 -> () -> input.splice(demo);
                    case 4 -> () -> deepYaml(input, kind);
                    default -> () -> huge(input, demo);
                };
                byte[] bytes = content.get();
                String name = kind.name() + " #" + i + " (" + bytes.length + " bytes, seed " + input.seed() + ")";
                cases.add(DynamicTest.dynamicTest(name, () -> assertAcceptedOrReported(kind, bytes, input.seed())));
            }
        }
        return cases.stream();
    }

    private void assertAcceptedOrReported(Kind kind, byte[] bytes, long seed) throws IOException {
        Path dir = Files.createTempDirectory(contentDir, kind.name());
        Path file = dir.resolve(kind.relativeFile());
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        List<String> problems = new ArrayList<>();
        Throwable failure = catchThrowable(() -> problems.addAll(kind.problemsOf().apply(dir)));

        assertThat(failure).as("seed %d: the parser threw instead of reporting file:line: reason", seed).isNull();
        // Problems about this file name it with a line; problems about the directory (an id missing in other
        // languages, no intent files) name the directory or line 0/1 and are not this property's business.
        assertThat(problems).as("seed %d", seed)
                .filteredOn(problem -> problem.startsWith(file.toString() + ":"))
                .allSatisfy(problem -> assertThat(problem.substring(file.toString().length()))
                        .matches("(?s):[1-9]\\d*: \\S.*"));
    }

    private static List<String> intentProblems(Path dir) {
        try {
            IntentCatalog.load(dir);
            return List.of();
        } catch (ContentException invalid) {
            return invalid.problems().stream().map(Object::toString).toList();
        }
    }

    private static byte[] deepYaml(HostileInput input, Kind kind) {
        int depth = input.between(100, 20_000);
        String nested = switch (input.between(0, 2)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{a: ".repeat(depth) + "x" + "}".repeat(depth);
            default -> "&a [*a, " + "[".repeat(depth) + "]".repeat(depth) + "]";
        };
        String yaml = "title: " + nested + "\n";
        String content = kind.name().equals("faq") ? "---\nid: return-policy\n" + yaml + "---\n" + "> ".repeat(depth) + "x\n"
                : yaml;
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] huge(HostileInput input, byte[] demo) {
        String line = input.text(80).replace("\n", " ");
        String padding = ("# " + line + "\n").repeat(1 + 1_100_000 / (line.length() + 3));
        byte[] tail = padding.getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[demo.length + tail.length];
        System.arraycopy(demo, 0, content, 0, demo.length);
        System.arraycopy(tail, 0, content, demo.length, tail.length);
        return content;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
