package dev.tandem.bot.callback;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Use case: agents work through the callback requests of the languages they speak, and mark each done once called. */
public interface CallbackTasks {

    /** Waiting to be called, oldest first. */
    Flux<CallbackRequest> open(String agent);

    /** Called lately, most recent first. */
    Flux<CallbackRequest> done(String agent);

    /** Refused with {@code already_done} (naming who) when a colleague marked it first. */
    Mono<CallbackRequest> markDone(String agent, String id);
}
