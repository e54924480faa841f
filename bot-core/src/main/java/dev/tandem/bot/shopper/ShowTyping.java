package dev.tandem.bot.shopper;

import reactor.core.publisher.Mono;

/**
 * Use case: "is typing…" between a shopper and the agent holding their chat, both ways. Only streamed (across
 * nodes too, on the event bus), never stored; only while an agent holds the chat, since nobody else would read it.
 */
public interface ShowTyping {

    /** The shopper holding {@code token} is typing. */
    Mono<Void> shopperTyping(String conversationId, String token);

    /** {@code agent} is typing a reply; shown only in a chat they hold (anyone else's typing is nobody's business). */
    Mono<Void> agentTyping(String agent, String conversationId);
}
