package dev.tandem.bot.shopper;

import java.time.Instant;
import java.util.Optional;

/**
 * A shopper's CSAT rating of a conversation.
 *
 * @param agent the agent who resolved it; empty when the bot handled it alone
 */
public record Rating(String conversationId, int score, Optional<String> comment, Optional<String> agent, Instant at) {

    public static final int MAX_COMMENT_LENGTH = 2000;

    public boolean handledByAgent() {
        return agent.isPresent();
    }
}
