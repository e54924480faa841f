package dev.tandem.bot.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * What an agent writes about a conversation for colleagues: never part of the transcript, so nothing that shows
 * the shopper their conversation (the widget, its stream, the e-mail and Telegram channels) can carry it.
 *
 * @param afterSeq the transcript's last message when the note was written: where the console shows it
 * @param agent    the sign-in name of the agent who wrote it
 */
public record InternalNote(String id, String conversationId, long afterSeq, String agent, String text, Instant createdAt) {

    public InternalNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
