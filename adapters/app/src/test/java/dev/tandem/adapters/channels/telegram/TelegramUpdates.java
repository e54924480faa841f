package dev.tandem.adapters.channels.telegram;

import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Bot API updates as Telegram posts them, from the samples under src/test/resources/telegram. */
final class TelegramUpdates {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong UPDATE_IDS = new AtomicLong(918_273_000);

    private final long chatId;
    private final String languageCode;

    /** One shopper in a private chat (chat id = user id, as in Telegram) whose app speaks the language. */
    TelegramUpdates(long chatId, String languageCode) {
        this.chatId = chatId;
        this.languageCode = languageCode;
    }

    long chatId() {
        return chatId;
    }

    String text(String text) {
        ObjectNode update = sample("update-text.json");
        update.put("update_id", UPDATE_IDS.incrementAndGet());
        ObjectNode message = (ObjectNode) update.get("message");
        message.put("text", text);
        person((ObjectNode) message.get("from"));
        ((ObjectNode) message.get("chat")).put("id", chatId);
        return update.toString();
    }

    String press(String callbackQueryId, String data) {
        ObjectNode update = sample("update-callback.json");
        update.put("update_id", UPDATE_IDS.incrementAndGet());
        ObjectNode query = (ObjectNode) update.get("callback_query");
        query.put("id", callbackQueryId);
        query.put("data", data);
        person((ObjectNode) query.get("from"));
        ((ObjectNode) query.get("message").get("chat")).put("id", chatId);
        return update.toString();
    }

    /** A photo (two sizes, the larger last, as Telegram sends them) with a caption. */
    String photo(String fileId, String caption) {
        ObjectNode update = sample("update-text.json");
        update.put("update_id", UPDATE_IDS.incrementAndGet());
        ObjectNode message = (ObjectNode) update.get("message");
        message.remove("text");
        message.put("caption", caption);
        var sizes = message.putArray("photo");
        sizes.addObject().put("file_id", fileId + "-small").put("file_size", 900).put("width", 90).put("height", 68);
        sizes.addObject().put("file_id", fileId).put("file_size", 20_000).put("width", 640).put("height", 480);
        person((ObjectNode) message.get("from"));
        ((ObjectNode) message.get("chat")).put("id", chatId);
        return update.toString();
    }

    String sticker() {
        ObjectNode update = sample("update-sticker.json");
        update.put("update_id", UPDATE_IDS.incrementAndGet());
        ObjectNode message = (ObjectNode) update.get("message");
        person((ObjectNode) message.get("from"));
        ((ObjectNode) message.get("chat")).put("id", chatId);
        return update.toString();
    }

    private void person(ObjectNode from) {
        from.put("id", chatId);
        from.put("language_code", languageCode);
    }

    private static ObjectNode sample(String name) {
        return (ObjectNode) JSON.readTree(StubBotApi.resource(name));
    }
}
