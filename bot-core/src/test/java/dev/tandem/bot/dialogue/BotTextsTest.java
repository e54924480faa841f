package dev.tandem.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BotTextsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenEveryLanguage_thenItHasExactlyTheEnglishTexts(Language language) {
        assertThat(BotTexts.keys(language)).containsExactlyInAnyOrderElementsOf(BotTexts.keys(Language.EN));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenQueueNotice_whenFormatted_thenThePositionIsInTheText(Language language) {
        assertThat(BotTexts.text(language, "queue.wait", 3, 7)).contains("3").contains("7");
    }

    @Test
    void givenApostrophesInEnglish_whenFormattedWithoutArguments_thenTheyAreSingle() {
        assertThat(BotTexts.text(Language.EN, "greeting")).contains("I'm").doesNotContain("''");
    }

    @Test
    void givenUkrainianTexts_thenTheyAreUkrainianNotRussian() {
        String all = String.join(" ", BotTexts.keys(Language.UK).stream().map(k -> BotTexts.text(Language.UK, k)).toList());

        assertThat(all).containsAnyOf("і", "ї", "є").doesNotContain("ы", "э", "ъ");
    }
}
