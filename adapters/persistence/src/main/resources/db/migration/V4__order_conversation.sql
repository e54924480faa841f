-- The order conversation in progress (issue #7): the question the bot asked, the order it is about, failed
-- attempts to prove it is the shopper's, and the order they proved.

ALTER TABLE conversation ADD COLUMN order_step VARCHAR(20) DEFAULT 'NONE' NOT NULL;
ALTER TABLE conversation ADD COLUMN order_number VARCHAR(40);
ALTER TABLE conversation ADD COLUMN order_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE conversation ADD COLUMN order_verified VARCHAR(40);
