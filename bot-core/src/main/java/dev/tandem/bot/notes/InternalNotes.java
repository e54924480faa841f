package dev.tandem.bot.notes;

import dev.tandem.bot.conversation.InternalNote;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: agents leave notes on a conversation for each other (what they checked, what they promised, who
 * to ask). Any agent may write on any conversation they can open; the shopper never sees a note.
 */
public interface InternalNotes {

    /** Adds a note after the transcript's current last message; a blank or over-long text is refused. */
    Mono<InternalNote> add(String agent, String conversationId, String text);

    /** The conversation's notes in the order they were written. */
    Flux<InternalNote> of(String conversationId);
}
