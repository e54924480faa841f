package dev.tandem.bot.privacy;

import java.util.List;

/** The conversations of a customer an erasure deletes (or, asked first, would delete). */
public record Erasure(String email, List<String> conversationIds) {

    public Erasure {
        conversationIds = List.copyOf(conversationIds);
    }

    public int count() {
        return conversationIds.size();
    }
}
