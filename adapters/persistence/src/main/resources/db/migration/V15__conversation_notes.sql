-- Agents' internal notes on a conversation: beside the transcript, never in it, so nothing that shows the shopper
-- their messages can show a note. Erased with the conversation (erasure, retention). Portable SQL for H2 and PostgreSQL.
CREATE TABLE conversation_note (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(36)   NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    -- the transcript's last message when the note was written: where the console shows it
    after_seq       BIGINT        NOT NULL,
    agent           VARCHAR(100)  NOT NULL,
    text            VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX conversation_note_conversation ON conversation_note (conversation_id, created_at);
