package dev.tandem.adapters.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Message;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuickReplyButtonsTest {

    @Test
    void givenShortLabels_whenKeyboard_thenEachIsAButtonOnItsOwnRowAndItsOwnCallbackData() {
        Message question = bot(7, List.of("Tak, dziękuję", "Nie"));

        var keyboard = QuickReplyButtons.keyboard(question).orElseThrow();

        assertThat(keyboard.rows()).containsExactly(
                List.of(new SendMessage.Button("Tak, dziękuję", "Tak, dziękuję")),
                List.of(new SendMessage.Button("Nie", "Nie")));
    }

    @Test
    void givenLabelOver64Bytes_whenKeyboard_thenTheCallbackDataPointsIntoTheTranscript() {
        String longLabel = "Поговорити з консультантом щодо замовлення";
        assertThat(longLabel.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(64);
        Message offer = bot(12, List.of("Так", longLabel));

        var buttons = QuickReplyButtons.keyboard(offer).orElseThrow().rows();

        assertThat(buttons.get(0).get(0).callbackData()).isEqualTo("Так");
        assertThat(buttons.get(1).get(0).text()).isEqualTo(longLabel);
        assertThat(buttons.get(1).get(0).callbackData()).isEqualTo("qr:12:1");
        assertThat(QuickReplyButtons.reference("qr:12:1")).contains(new QuickReplyButtons.Reference(12, 1));
        assertThat(QuickReplyButtons.reference("Так")).isEmpty();
    }

    @Test
    void givenNoQuickReplies_whenKeyboard_thenNone() {
        assertThat(QuickReplyButtons.keyboard(bot(3, List.of()))).isEmpty();
    }

    @Test
    void givenLabelLookingLikeAReference_whenEncoded_thenItIsSentByPlaceSoItCannotBeMisread() {
        assertThat(QuickReplyButtons.callbackData("qr:1:0", 5, 2)).isEqualTo("qr:5:2");
    }

    private static Message bot(long seq, List<String> quickReplies) {
        return Message.from(Author.BOT, "c-1", seq, "text", Instant.EPOCH, "pl", Optional.empty(), quickReplies);
    }
}
