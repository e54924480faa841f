-- Agent replies to a web chat whose shopper has left: how far each conversation's messages reached the shopper's
-- widget live and how far they were mailed instead (so each reply is mailed at most once, by any node), and the
-- keys of the mailed links that reopen the chat (SHA-256 hashes only). Erased with the conversation.
-- Portable SQL for H2 and PostgreSQL.
CREATE TABLE reply_receipt (
    conversation_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES conversation (id) ON DELETE CASCADE,
    reached_seq     BIGINT      NOT NULL,
    mailed_seq      BIGINT      NOT NULL
);

CREATE TABLE resume_link (
    key_hash        CHAR(64)    NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(36) NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX resume_link_conversation ON resume_link (conversation_id);
