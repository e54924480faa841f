-- Photos and documents sent in a conversation, kept in the database so every node reads the same files and
-- a backup holds them. A message carrying one names it (its text is the file's name). Portable SQL: BYTEA is
-- PostgreSQL's byte string and an H2 synonym of BINARY VARYING.

CREATE TABLE attachment (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(36)  NOT NULL REFERENCES conversation (id),
    file_name       VARCHAR(120) NOT NULL,
    media_type      VARCHAR(40)  NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    content         BYTEA        NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX attachment_conversation ON attachment (conversation_id);

ALTER TABLE message ADD COLUMN attachment_id VARCHAR(36);
ALTER TABLE message ADD COLUMN attachment_type VARCHAR(40);
ALTER TABLE message ADD COLUMN attachment_size BIGINT;
