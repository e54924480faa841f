package dev.tandem.adapters.channels.telegram;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Mono;

/** Which conversation each Telegram chat is (table {@code telegram_chat}, migration V5). */
final class TelegramChats {

    /**
     * The chat keeps no conversation token: the channel speaks for its shopper as the Telegram channel
     * ({@code ShopperCredential.ChannelAdapter}), so nothing stored here opens a conversation.
     *
     * @param languageCode the language Telegram reported for the shopper's app, e.g. {@code pl}
     */
    record TelegramChat(long chatId, String conversationId, Optional<Long> userId,
                        Optional<String> username, Optional<String> languageCode, Optional<Long> lastUpdateId) {
    }

    private final DatabaseClient db;

    TelegramChats(DatabaseClient db) {
        this.db = db;
    }

    Mono<TelegramChat> find(long chatId) {
        return db.sql("SELECT * FROM telegram_chat WHERE chat_id = :chatId")
                .bind("chatId", chatId)
                .map(TelegramChats::chat)
                .one();
    }

    /** The chat a conversation lives in; empty for conversations of other channels. */
    Mono<Long> chatOf(String conversationId) {
        return db.sql("SELECT chat_id FROM telegram_chat WHERE conversation_id = :conversationId")
                .bind("conversationId", conversationId)
                .map(row -> row.get("chat_id", Long.class))
                .one();
    }

    /** Fails with a DataIntegrityViolationException when the chat already has a conversation. */
    Mono<Void> add(TelegramChat chat, Instant now) {
        return db.sql("""
                        INSERT INTO telegram_chat (chat_id, conversation_id, user_id, username, language_code, created_at)
                        VALUES (:chatId, :conversationId, :userId, :username, :languageCode, :createdAt)""")
                .bind("chatId", chat.chatId())
                .bind("conversationId", chat.conversationId())
                .bind("userId", Parameter.fromOrEmpty(chat.userId().orElse(null), Long.class))
                .bind("username", Parameter.fromOrEmpty(chat.username().orElse(null), String.class))
                .bind("languageCode", Parameter.fromOrEmpty(chat.languageCode().orElse(null), String.class))
                .bind("createdAt", now.atOffset(ZoneOffset.UTC))
                .then();
    }

    Mono<Void> handled(long chatId, long updateId) {
        return db.sql("UPDATE telegram_chat SET last_update_id = :updateId WHERE chat_id = :chatId")
                .bind("updateId", updateId)
                .bind("chatId", chatId)
                .then();
    }

    private static TelegramChat chat(Readable row) {
        return new TelegramChat(row.get("chat_id", Long.class), row.get("conversation_id", String.class),
                Optional.ofNullable(row.get("user_id", Long.class)),
                Optional.ofNullable(row.get("username", String.class)),
                Optional.ofNullable(row.get("language_code", String.class)),
                Optional.ofNullable(row.get("last_update_id", Long.class)));
    }
}
