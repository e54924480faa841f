package dev.tandem.adapters.cli;

import static dev.tandem.adapters.cli.TandemCliRun.DEMO_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar tandem.jar eval language <dir>}: the detector's accuracy per language and sentence length. */
class LanguageEvalCommandTest {

    @TempDir
    Path sentences;

    private final TandemCliRun cli = new TandemCliRun();

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

        int exit = cli.run("eval", "language", sentences.toString(), "--content", DEMO_SHOP);

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("| en | 100.0 % (1/1) | 100.0 % (1/1) |")
                .contains("| ru | 100.0 % (1/1) | 100.0 % (1/1) |")
                .contains("| uk | 100.0 % (1/1) | 100.0 % (1/1) |")
                .contains("| pl | 100.0 % (1/1) | 100.0 % (1/1) |");
    }

    @Test
    void givenAMisdetection_whenEvaluated_thenItIsCountedWrongAndNamedWithTheLanguageDetected() throws IOException {
        // A Polish sentence filed as Ukrainian: the detector is right, so the file's language is counted wrong.
        write("uk.txt", "Paczka przyjdzie jutro rano, najpóźniej o dziesiątej.\n");

        int exit = cli.run("eval", "language", sentences.toString(), "--content", DEMO_SHOP);

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("| uk | – | 0.0 % (0/1) {pl=1} |").doesNotContain("| en |");
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(sentences.resolve(name), text, StandardCharsets.UTF_8);
    }
}
