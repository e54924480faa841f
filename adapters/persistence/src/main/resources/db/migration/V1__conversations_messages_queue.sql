-- Conversations, their transcripts and the agent queue. Portable SQL: the same migrations run on H2
-- (embedded default) and PostgreSQL (scale-out), so the schema history never drifts between them.

CREATE TABLE conversation (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    token_hash            CHAR(64)     NOT NULL,
    channel               VARCHAR(16)  NOT NULL,
    language              VARCHAR(8)   NOT NULL,
    state                 VARCHAR(16)  NOT NULL,
    handoff_reason        VARCHAR(40),
    low_confidence_streak INTEGER      NOT NULL,
    last_seq              BIGINT       NOT NULL,
    -- Optimistic concurrency: a turn is saved only if the row is still at the version it was computed from.
    version               BIGINT       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE message (
    conversation_id VARCHAR(36)   NOT NULL REFERENCES conversation (id),
    seq             BIGINT        NOT NULL,
    author          VARCHAR(16)   NOT NULL,
    text            VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    language        VARCHAR(8),
    intent          VARCHAR(64),
    confidence      DOUBLE PRECISION,
    faq_id          VARCHAR(100),
    -- JSON array of button labels, NULL when there are none.
    quick_replies   VARCHAR(4000),
    PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE queue_entry (
    conversation_id VARCHAR(36)  NOT NULL PRIMARY KEY REFERENCES conversation (id),
    language        VARCHAR(8)   NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    reason          VARCHAR(40)  NOT NULL,
    summary         VARCHAR(200) NOT NULL,
    priority        INTEGER      NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX queue_entry_order ON queue_entry (priority DESC, queued_at);
