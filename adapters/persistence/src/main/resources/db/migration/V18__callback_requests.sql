-- Shoppers' requests to be called back instead of waiting in the chat: agents' tasks, open until one marks them
-- done. Erased with the conversation (erasure, retention). Portable SQL for H2 and PostgreSQL.
CREATE TABLE callback_request (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    conversation_id VARCHAR(36)  NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    language        VARCHAR(8)   NOT NULL,
    -- a leading + and 7 to 15 digits
    phone           VARCHAR(16)  NOT NULL,
    -- any-time, morning, afternoon or evening
    time_window     VARCHAR(16)  NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NULL while open
    done_by         VARCHAR(100),
    done_at         TIMESTAMP WITH TIME ZONE
);

CREATE INDEX callback_request_open ON callback_request (done_at, requested_at);
CREATE INDEX callback_request_conversation ON callback_request (conversation_id);
