package dev.tandem.bot.callback.port;

import dev.tandem.bot.callback.CallbackRequest;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Outgoing port: callback requests, erased with their conversation. */
public interface CallbackStore {

    Mono<Void> save(CallbackRequest request);

    Mono<CallbackRequest> find(String id);

    /** Whether the conversation has a request nobody has done yet. */
    Mono<Boolean> hasOpen(String conversationId);

    /** The open requests, oldest first. */
    Flux<CallbackRequest> open(int limit);

    /** The done requests, most recently done first. */
    Flux<CallbackRequest> done(int limit);

    /** Marks an open request done; false when it was done already (by anyone). */
    Mono<Boolean> markDone(String id, String agent, Instant at);
}
