-- What a waiting shopper asked for, beside the question in their words (queue_entry.summary): the topic the
-- bot recognised (an intent, named in the agent's language from the content) and the order it is about.
-- Portable SQL for H2 and PostgreSQL.

ALTER TABLE queue_entry ADD COLUMN topic VARCHAR(100);
ALTER TABLE queue_entry ADD COLUMN order_number VARCHAR(40);
