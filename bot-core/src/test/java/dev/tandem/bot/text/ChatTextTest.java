package dev.tandem.bot.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one rule for typed text, whatever database keeps it afterwards. */
class ChatTextTest {

    private static String kept(String typed) {
        return ChatText.required(typed, 4000, IllegalArgumentException::new);
    }

    @Test
    void givenControlCharacters_whenKept_thenRemovedButTabsAndLineBreaksStay() {
        assertThat(kept("where\u0000 is my\u0007 order\u001b[31m\u007f\u0085?")).isEqualTo("where is my order[31m?");
        assertThat(kept("line one\r\nline two\rline three\tend")).isEqualTo("line one\nline two\nline three\tend");
    }

    @Test
    void givenOnlyControlCharactersOrSpaces_whenKept_thenRefusedAsBlank() {
        assertThatThrownBy(() -> kept("\u0000\u0001 \u0002")).hasMessage("text must not be blank");
        assertThatThrownBy(() -> kept(null)).hasMessage("text must not be blank");
        assertThat(ChatText.optional("\u0000 ", 10, IllegalArgumentException::new)).isEmpty();
    }

    @Test
    void givenALoneSurrogate_whenKept_thenRefusedAsNotUnicode() {
        assertThatThrownBy(() -> kept("hello \uD83D there")).hasMessageContaining("not valid Unicode");
        assertThatThrownBy(() -> kept("\uDE00 hello")).hasMessageContaining("not valid Unicode");
        assertThat(kept("hello \uD83D\uDE00 there")).isEqualTo("hello \uD83D\uDE00 there");
    }

    @Test
    void givenANameWithALoneSurrogate_whenMadeStorable_thenTheHalfCharacterIsLeftOutAndPairsStay() {
        assertThat(ChatText.withoutLoneSurrogates("Ann\uDF0Aa \uD83D\uDE00 K\uD83D")).isEqualTo("Anna \uD83D\uDE00 K");
        assertThat(ChatText.withoutLoneSurrogates("Олена")).isEqualTo("Олена");
    }

    @Test
    void givenTooLongText_whenKept_thenRefusedWithTheLimit() {
        assertThatThrownBy(() -> ChatText.required("x".repeat(11), 10, IllegalArgumentException::new))
                .hasMessage("text is 11 characters long; at most 10 are accepted");
    }

    @Test
    void givenACardNumber_whenKept_thenMasked() {
        assertThat(kept("karta 4111\u00A01111\u00A01111\u00A01111 123")).isEqualTo("karta [card •••• 1111]");
    }

    @Test
    void givenAnEmojiAtTheCut_whenShortenedToOneLine_thenTheEmojiIsLeftOutWholeNeverHalved() {
        String line = ChatText.oneLine("a".repeat(138) + "\uD83D\uDE00\uD83D\uDE00 more", 140);
        assertThat(line).isEqualTo("a".repeat(138) + "…");
        assertThat(ChatText.oneLine("a".repeat(137) + "\uD83D\uDE00\uD83D\uDE00 more", 140))
                .isEqualTo("a".repeat(137) + "\uD83D\uDE00…");
        assertThat(ChatText.cut("ab\uD83D\uDE00", 3)).isEqualTo("ab");
    }
}
