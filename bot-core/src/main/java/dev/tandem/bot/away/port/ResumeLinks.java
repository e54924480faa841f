package dev.tandem.bot.away.port;

import java.time.Instant;
import reactor.core.publisher.Mono;

/** Outgoing port: the keys of the links mailed to shoppers that reopen their chat; only hashes are kept. */
public interface ResumeLinks {

    Mono<Void> save(String conversationId, String keyHash, Instant createdAt);

    /**
     * When the key is one of the conversation's, made after {@code notBefore}, gives the conversation a new token
     * (its hash) and answers true; the old token stops opening it.
     */
    Mono<Boolean> redeem(String conversationId, String keyHash, Instant notBefore, String newTokenHash);
}
