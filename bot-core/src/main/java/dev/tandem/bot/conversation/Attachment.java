package dev.tandem.bot.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * A photo or document that is part of a conversation: its bytes, as checked and cleaned, and what the
 * transcript shows of it. It lives and goes with its conversation (export, erasure, retention).
 */
public record Attachment(String conversationId, AttachedFile file, byte[] content, Instant createdAt) {

    public Attachment {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }

    public String id() {
        return file.id();
    }
}
