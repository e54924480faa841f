package dev.tandem.intents.text;

import static dev.tandem.intents.text.TextNormalizer.decomposingFold;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void givenChatMessage_whenTokenised_thenLowerCaseWordsWithoutPunctuation() {
        assertThat(TextNormalizer.tokens("Where is my ORDER #100234?!")).containsExactly("where", "is", "my", "order", "100234");
    }

    @Test
    void givenUkrainianApostropheVariants_whenTokenised_thenTheyBecomeOneWord() {
        assertThat(TextNormalizer.tokens("з’єднайте")).containsExactly("з'єднайте");
        assertThat(TextNormalizer.tokens("зʼєднайте")).containsExactly("з'єднайте");
        assertThat(TextNormalizer.tokens("з'єднайте")).containsExactly("з'єднайте");
    }

    @Test
    void givenPolishWithOgonki_whenFolded_thenItMatchesTheTextTypedWithout() {
        assertThat(TextNormalizer.fold("pieniędzy")).isEqualTo("pieniedzy");
        assertThat(TextNormalizer.fold("złożyć")).isEqualTo("zlozyc");
    }

    @Test
    void givenNothingToRead_whenTokenised_thenNoTokens() {
        assertThat(TextNormalizer.tokens(null)).isEmpty();
        assertThat(TextNormalizer.tokens("   \u0000\u0007 🙂🙂 ?!")).isEmpty();
    }

    @Test
    void givenHugeText_whenTokenised_thenOnlyTheBoundedPrefixIsRead() {
        assertThat(TextNormalizer.tokens("word ".repeat(10_000))).hasSize(TextNormalizer.MAX_CHARS / 5);
    }

    @Test
    void givenAnyCharacterAloneOrInWords_whenFolded_thenExactlyWhatTheDecomposingFoldGives() {
        for (char c = 0; c < 0x3000; c++) {
            String alone = String.valueOf(c);
            assertThat(TextNormalizer.fold(alone)).as("U+%04X", (int) c).isEqualTo(decomposingFold(alone));
            String inWord = "a" + c + "b";
            assertThat(TextNormalizer.fold(inWord)).as("U+%04X in a word", (int) c).isEqualTo(decomposingFold(inWord));
        }
        java.util.Random random = new java.util.Random(9);
        String letters = "azęłóżйёїіє\u0301\u0308\u0483ǅﬁ'1";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = random.nextInt(8); c >= 0; c--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(TextNormalizer.fold(word.toString())).isEqualTo(decomposingFold(word.toString()));
        }
    }
}
