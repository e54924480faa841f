package dev.tandem.adapters.channels.telegram;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The part of a Bot API {@code Update} the channel reads: a text message, an inline-keyboard press, or a photo
 * or document (with its caption). Every other kind of update (edits, stickers, members joining…) is
 * acknowledged and left alone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TelegramUpdate(@JsonProperty("update_id") long updateId,
                      @JsonProperty("message") ChatMessage message,
                      @JsonProperty("callback_query") CallbackQuery callbackQuery) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChatMessage(@JsonProperty("message_id") long messageId,
                       @JsonProperty("from") User from,
                       @JsonProperty("chat") Chat chat,
                       @JsonProperty("text") String text,
                       @JsonProperty("caption") String caption,
                       @JsonProperty("photo") List<PhotoSize> photo,
                       @JsonProperty("document") Document document) {
    }

    /** One size of a photo; Telegram lists them smallest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PhotoSize(@JsonProperty("file_id") String fileId, @JsonProperty("file_size") Long fileSize) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(@JsonProperty("file_id") String fileId, @JsonProperty("file_name") String fileName,
                    @JsonProperty("file_size") Long fileSize) {
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

    /** The photo (its largest size) or document the shopper sent; empty for every other update. */
    Optional<SentFile> file() {
        if (message == null || message.chat() == null || (message.from() != null && message.from().bot())) {
            return Optional.empty();
        }
        Optional<String> caption = Optional.ofNullable(message.caption()).filter(text -> !text.isBlank());
        if (message.document() != null && message.document().fileId() != null) {
            return Optional.of(new SentFile(message.chat().id(), message.from(), message.document().fileId(),
                    Optional.ofNullable(message.document().fileName()).orElse(""),
                    Optional.ofNullable(message.document().fileSize()), caption));
        }
        if (message.photo() != null && !message.photo().isEmpty()) {
            PhotoSize largest = message.photo().get(message.photo().size() - 1);
            return Optional.ofNullable(largest.fileId()).map(id -> new SentFile(message.chat().id(), message.from(), id,
                    "photo", Optional.ofNullable(largest.fileSize()), caption));
        }
        return Optional.empty();
    }

    /** A file in a chat: fetched from Telegram by its id; {@code size} as Telegram announced it. */
    record SentFile(long chatId, User from, String fileId, String name, Optional<Long> size, Optional<String> caption) {
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
