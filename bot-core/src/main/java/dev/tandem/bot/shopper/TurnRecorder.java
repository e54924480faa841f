package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.TurnStore;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.queue.QueueChange;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Saves a turn and, only once it is durable, tells the watchers: its events, each new message, and a queue
 * change if the turn moved anything in the queue. Nothing is announced that could still be rolled back.
 */
public final class TurnRecorder {

    private final TurnStore store;
    private final ConversationEvents events;

    public TurnRecorder(TurnStore store, ConversationEvents events) {
        this.store = store;
        this.events = events;
    }

    public Mono<ConversationTurn> record(ConversationTurn turn) {
        return store.record(turn).then(Mono.fromRunnable(() -> events.publish(announced(turn)))).thenReturn(turn);
    }

    private static List<ConversationEvent> announced(ConversationTurn turn) {
        List<ConversationEvent> all = new ArrayList<>(turn.events());
        turn.appended().forEach(message -> {
            ConversationEvent added = ConversationEvent.message(message, turn.updated().state());
            // Who holds the conversation decides which agent's stream shows the message.
            all.add(turn.updated().assignedAgent().map(added::withAgent).orElse(added));
        });
        if (!(turn.queue() instanceof QueueChange.Unchanged)) {
            all.add(ConversationEvent.of(ConversationEvent.Type.QUEUE_CHANGED, turn.updated().id(),
                    turn.updated().state(), turn.updated().updatedAt()));
        }
        return all;
    }
}
