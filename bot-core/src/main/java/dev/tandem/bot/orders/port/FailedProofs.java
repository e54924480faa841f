package dev.tandem.bot.orders.port;

import dev.tandem.bot.orders.ProofKey;
import java.time.Instant;
import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Failed attempts to prove an order is the shopper's, counted for the whole shop: every conversation, every
 * node. Implemented on the database; {@link #NONE} counts nothing (tests of other things).
 */
public interface FailedProofs {

    FailedProofs NONE = new FailedProofs() {
        @Override
        public Flux<Count> since(Collection<ProofKey> keys, Instant since) {
            return Flux.empty();
        }

        @Override
        public Mono<Void> failed(Collection<ProofKey> keys, Instant at, Instant forgetBefore) {
            return Mono.empty();
        }
    };

    /** For each of the keys that failed after {@code since}: how often, and the latest time. */
    Flux<Count> since(Collection<ProofKey> keys, Instant since);

    /** One failed attempt for each key; failures before {@code forgetBefore} may be forgotten meanwhile. */
    Mono<Void> failed(Collection<ProofKey> keys, Instant at, Instant forgetBefore);

    record Count(ProofKey key, int failures, Instant latest) {
    }
}
