package dev.tandem.adapters.cli;

import static dev.tandem.adapters.cli.TandemCliRun.DEMO_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar tandem.jar kb …}: what an editor types and reads. */
class KbCommandTest {

    @TempDir
    Path content;

    private final TandemCliRun cli = new TandemCliRun();

    @Test
    void givenTheDemoShop_whenLinted_thenOkAndExitCodeZero() {
        int exit = cli.run("kb", "lint", DEMO_SHOP);

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("OK: 0 problem(s); 29 intents").contains("en=21").contains("uk=21");
    }

    @Test
    void givenNoDirectory_whenLinted_thenTheBundledDemoShopIsChecked() {
        assertThat(cli.run("kb", "lint")).isZero();
        assertThat(cli.out()).startsWith("OK:");
    }

    @Test
    void givenContentWithProblems_whenLinted_thenEveryProblemIsPrintedAsFileLineReasonAndExitCodeOne() throws IOException {
        write("intents/refund_timing.yml", "action: faq\nexamples:\n  en: [when is my refund]\n");
        write("intents/greeting.yml", "action: smalltalk\nexamples:\n  en: [hi]\n");
        write("faq/en/refund-timing.md", "---\nid: refund-timing\ntitle: Refunds\nquestions: [when is my refund]\nintent: refund_timing\n---\nIn 3 days.\n");
        write("faq/en/hello.md", "---\nid: hello\ntitle: Hi\nquestions: [hi]\nintent: greeting\n---\nHello.\n");
        write("faq/en/broken.md", "no front matter\n");
        write("canned/greeting.yml", "title:\n  en: Hi\n  ru: Привет\n  uk: Привіт\n  pl: Cześć\ntext:\n  en: Hi {nmae}\n");

        int exit = cli.run("kb", "lint", content.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(cli.out())
                .contains("broken.md:1: must start with a '---' line opening the front matter")
                .contains("hello.md:5: intent 'greeting' has action smalltalk, so the bot never answers it from the FAQ")
                .contains("refund_timing.yml:1: intent 'refund_timing' answers from the FAQ, but no pl entry names it")
                .contains("refund-timing.md:1: entry 'refund-timing' is missing in [pl, ru, uk]")
                .contains("greeting.yml:7:")
                .contains("FAILED:");
    }

    @Test
    void givenAQuestion_whenSearched_thenRankedHitsWithScoresInTheDetectedLanguage() {
        int exit = cli.run("kb", "search", "zwrot pieniedzy", DEMO_SHOP);

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("query: \"zwrot pieniedzy\" (pl)").containsPattern(" 1\\. 0\\.\\d\\d  refund-timing ");
    }

    @Test
    void givenTheDemoShopsParaphrases_whenEvaluated_thenRecallAndMrrPerLanguageAndTheMisses() {
        int exit = cli.run("kb", "eval", "--content", DEMO_SHOP);

        assertThat(exit).isZero();
        assertThat(cli.out()).contains("| language | questions | Recall@1 | MRR |")
                .containsPattern("\\| en \\| 33 \\| 0\\.\\d{3} \\| 0\\.\\d{3} \\|")
                .containsPattern("\\| uk \\| 33 \\|");
    }

    @Test
    void givenUnsupportedLanguage_whenSearched_thenExitCodeTwoAndWhy() {
        assertThat(cli.run("kb", "search", "refund", "--lang", "de", DEMO_SHOP)).isEqualTo(2);
        assertThat(cli.err()).contains("--lang must be one of en, ru, uk, pl");
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
