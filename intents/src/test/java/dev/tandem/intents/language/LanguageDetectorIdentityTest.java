package dev.tandem.intents.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.DemoContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detector's answers frozen before its n-gram model and its checks stopped building strings (commit df68524,
 * {@code language/detected-before.tsv}: held-out short messages, CLINC150/BANKING77 utterances, demo-shop examples,
 * neutral text): the same language and the same confidence to the last bit. The detector is trained on counts and
 * OpenNLP's fixed model, nothing random, so the answers do not vary between runs or machines.
 */
class LanguageDetectorIdentityTest {

    @Test
    void givenTheMessagesFrozenBefore_whenDetected_thenTheSameLanguageAndConfidenceToTheLastBit() throws IOException {
        ShortTextLanguageDetector detector = new ShortTextLanguageDetector(DemoContent.catalog());
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/language/detected-before.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
        }
        assertThat(lines).hasSizeGreaterThan(900);

        for (String line : lines) {
            String[] fields = line.split("\t");
            LanguageGuess guess = detector.detect(fields[0]);
            assertThat(guess.language().map(Enum::name).orElse("-")).as(fields[0]).isEqualTo(fields[1]);
            assertThat(guess.confidence()).as(fields[0]).isEqualTo(Double.parseDouble(fields[2]));
        }
    }
}
