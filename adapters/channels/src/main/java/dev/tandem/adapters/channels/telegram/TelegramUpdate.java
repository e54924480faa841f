package dev.tandem.adapters.channels.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The part of a Bot API {@code Update} the channel reads: a text message or an inline-keyboard press. Every
 * other kind of update (edits, photos, stickers, members joining…) is acknowledged and left alone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TelegramUpdate(@JsonProperty("update_id") long updateId,
                      @JsonProperty("message") ChatMessage message,
                      @JsonProperty("callback_query") CallbackQuery callbackQuery) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatMessage(@JsonProperty("message_id") long messageId,
                       @JsonProperty("from") User from,
                       @JsonProperty("chat") Chat chat,
                       @JsonProperty("text") String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(@JsonProperty("id") long id,
                @JsonProperty("is_bot") boolean bot,
                @JsonProperty("username") String username,
                @JsonProperty("language_code") String languageCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Chat(@JsonProperty("id") long id, @JsonProperty("type") String type) {
    }

    /** A press on an inline keyboard button; {@code message} is the bot's message that carried the keyboard. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CallbackQuery(@JsonProperty("id") String id,
                         @JsonProperty("from") User from,
                         @JsonProperty("message") ChatMessage message,
                         @JsonProperty("data") String data) {
    }

    /** What the shopper said, from whom, in which chat; empty for updates the channel does not handle. */
    Optional<Said> said() {
        if (message != null && message.chat() != null && message.text() != null && !message.text().isBlank()
                && (message.from() == null || !message.from().bot())) {
            return Optional.of(new Said(message.chat().id(), message.from(), message.text(), Optional.empty()));
        }
        if (callbackQuery != null && callbackQuery.message() != null && callbackQuery.message().chat() != null
                && callbackQuery.data() != null) {
            return Optional.of(new Said(callbackQuery.message().chat().id(), callbackQuery.from(),
                    callbackQuery.data(), Optional.ofNullable(callbackQuery.id())));
        }
        return Optional.empty();
    }

    /**
     * @param text          the message's text, or a pressed button's callback data (still to be decoded)
     * @param callbackQueryId set for a button press, which Telegram wants answered (answerCallbackQuery)
     */
    record Said(long chatId, User from, String text, Optional<String> callbackQueryId) {

        boolean pressed() {
            return callbackQueryId.isPresent();
        }
    }
}
