package dev.tandem.adapters.channels.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The body of a Bot API {@code sendMessage} call. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SendMessage(@JsonProperty("chat_id") long chatId,
                   @JsonProperty("text") String text,
                   @JsonProperty("parse_mode") String parseMode,
                   @JsonProperty("reply_markup") InlineKeyboard replyMarkup) {

    static final String HTML = "HTML";

    /** The same message without formatting, for when Telegram refuses the markup. */
    SendMessage asPlainText(String plain) {
        return new SendMessage(chatId, plain, null, replyMarkup);
    }

    record InlineKeyboard(@JsonProperty("inline_keyboard") List<List<Button>> rows) {
    }

    record Button(@JsonProperty("text") String text, @JsonProperty("callback_data") String callbackData) {
    }
}
