package dev.tandem.bot.notes.port;

import dev.tandem.bot.conversation.InternalNote;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Outgoing port: agents' notes, kept apart from the transcript and erased with their conversation. */
public interface NoteStore {

    Mono<Void> save(InternalNote note);

    /** Oldest first. */
    Flux<InternalNote> ofConversation(String conversationId);
}
