-- Telegram chats (issue #7): each chat with the bot is one conversation. The channel writes into the
-- conversation on the shopper's behalf, so it keeps the conversation's token (a secret, like a session
-- key: the conversation table itself keeps only its hash). Portable SQL for H2 and PostgreSQL.

CREATE TABLE telegram_chat (
    chat_id            BIGINT       NOT NULL PRIMARY KEY,
    conversation_id    VARCHAR(36)  NOT NULL UNIQUE REFERENCES conversation (id),
    conversation_token VARCHAR(64)  NOT NULL,
    -- Who wrote first, as Telegram reported them: the shopper's Telegram identity for linking customers.
    user_id            BIGINT,
    username           VARCHAR(64),
    language_code      VARCHAR(16),
    -- The last update handled: Telegram redelivers an update it got no 2xx for; that one is not handled twice.
    last_update_id     BIGINT,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
