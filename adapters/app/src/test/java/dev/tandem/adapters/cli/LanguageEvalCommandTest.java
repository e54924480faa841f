package dev.tandem.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar tandem.jar eval language <dir>}: the detector's accuracy per language and sentence length. */
class LanguageEvalCommandTest {

    private static final Path DEMO = Path.of("..", "..", "content", "demo-shop");

    @TempDir
    Path sentences;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void givenSentencesOfEachLength_whenEvaluated_thenAccuracyPerLanguageForShortAndLongAndOverlongIgnored()
            throws IOException {
        write("en.txt", """
                Thank you very much.
                The parcel will arrive tomorrow morning at the latest.
                This sentence is far too long to be counted in either of the two buckets here.
                """);
        write("ru.txt", "Большое спасибо.\nПосылка придёт завтра утром, не позже десяти часов.\n");
        write("uk.txt", "Щиро дякую.\nПосилка прийде завтра вранці, не пізніше десятої години.\n");
        write("pl.txt", "Dziękuję bardzo.\nPaczka przyjdzie jutro rano, najpóźniej o dziesiątej.\n");

        int exit = run("eval", "language", sentences.toString(), "--content", DEMO.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("| en | 100.0 % (1/1) | 100.0 % (1/1) |")
                .contains("| ru | 100.0 % (1/1) | 100.0 % (1/1) |")
                .contains("| uk | 100.0 % (1/1) | 100.0 % (1/1) |")
                .contains("| pl | 100.0 % (1/1) | 100.0 % (1/1) |");
    }

    @Test
    void givenAMisdetection_whenEvaluated_thenItIsCountedWrongAndNamedWithTheLanguageDetected() throws IOException {
        // A Polish sentence filed as Ukrainian: the detector is right, so the file's language is counted wrong.
        write("uk.txt", "Paczka przyjdzie jutro rano, najpóźniej o dziesiątej.\n");

        int exit = run("eval", "language", sentences.toString(), "--content", DEMO.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("| uk | – | 0.0 % (0/1) {pl=1} |").doesNotContain("| en |");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(sentences.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        return TandemCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
