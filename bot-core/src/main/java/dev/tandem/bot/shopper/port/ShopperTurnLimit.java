package dev.tandem.bot.shopper.port;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a shopper may write into one conversation. Asked only once the token has opened the conversation,
 * so a stranger can neither spend a conversation's allowance nor make the limiter remember made-up ids.
 */
@FunctionalInterface
public interface ShopperTurnLimit {

    /** No limit (tests, benchmarks). */
    ShopperTurnLimit NONE = conversationId -> Optional.empty();

    /** Takes one turn from the conversation's allowance: empty when taken, otherwise how long until one is free. */
    Optional<Duration> take(String conversationId);
}
