-- E-mail threads (issue #7): each thread with the shop's support mailbox is one conversation. The channel
-- writes into the conversation on the shopper's behalf, so it keeps the conversation's token (a secret, like
-- a session key: the conversation table keeps only its hash). Portable SQL for H2 and PostgreSQL.

CREATE TABLE email_thread (
    conversation_id    VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES conversation (id),
    conversation_token VARCHAR(64)   NOT NULL,
    -- Where answers go: the From (or Reply-To) of the shopper's first mail.
    shopper_address    VARCHAR(320)  NOT NULL,
    -- The subject of the first mail, without "Re:"; answers keep it with "Re:".
    subject            VARCHAR(998)  NOT NULL,
    -- The transcript up to this seq has been mailed (or needed no mail: the shopper's own messages).
    delivered_seq      BIGINT        NOT NULL,
    -- Failed deliveries in a row, and when to try again (NULL: now).
    failed_attempts    INTEGER       NOT NULL DEFAULT 0,
    retry_at           TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every Message-ID seen in or sent for a thread: In-Reply-To and References of a new mail are looked up here.
CREATE TABLE email_message (
    message_id         VARCHAR(512)  NOT NULL PRIMARY KEY,
    conversation_id    VARCHAR(36)   NOT NULL REFERENCES conversation (id),
    -- IN: the shopper's mail; OUT: a mail Tandem sent.
    direction          VARCHAR(3)    NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX email_message_conversation ON email_message (conversation_id, created_at);
