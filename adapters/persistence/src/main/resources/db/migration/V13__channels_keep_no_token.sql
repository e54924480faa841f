-- The Telegram and e-mail channels speak for their shoppers as the channel (the webhook's secret and the chat
-- id, the mail thread and its sender say whose conversation it is), so they need no conversation token. The
-- raw tokens these tables kept are dropped: only conversation.token_hash remains, as for web conversations.
-- Portable SQL for H2 and PostgreSQL.

ALTER TABLE telegram_chat DROP COLUMN conversation_token;
ALTER TABLE email_thread DROP COLUMN conversation_token;
