package dev.tandem.bot.notes;

import dev.tandem.bot.shopper.ConversationAccess;
import dev.tandem.bot.agentdesk.InvalidAgentRequestException;
import dev.tandem.bot.conversation.InternalNote;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.notes.port.NoteStore;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.text.ChatText;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Saves notes beside the transcript (never in it) and tells the agents' desks that one was added; the event
 * names the conversation and the writer only, so the live streams carry no note text.
 */
public final class InternalNotesService implements InternalNotes {

    private final ConversationAccess conversations;
    private final NoteStore store;
    private final ConversationEvents events;
    private final Clock clock;

    public InternalNotesService(Conversations conversations, NoteStore store, ConversationEvents events, Clock clock) {
        this.conversations = new ConversationAccess(conversations);
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Mono<InternalNote> add(String agent, String conversationId, String text) {
        return Mono.fromCallable(() -> ChatText.message(text, InvalidAgentRequestException::new))
                .flatMap(kept -> conversations.existing(conversationId)
                        .flatMap(conversation -> {
                            InternalNote note = new InternalNote(UUID.randomUUID().toString(), conversationId,
                                    conversation.lastSeq(), agent, kept, clock.instant());
                            return store.save(note)
                                    .then(Mono.fromRunnable(() -> events.publish(List.of(ConversationEvent.of(
                                            ConversationEvent.Type.NOTE_ADDED, conversationId, conversation.state(),
                                            note.createdAt()).withAgent(agent)))))
                                    .thenReturn(note);
                        }));
    }

    @Override
    public Flux<InternalNote> of(String conversationId) {
        return store.ofConversation(conversationId);
    }
}
