package dev.tandem.intents.text;

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
}
