package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.ConversationEvent.Type;
import dev.tandem.bot.events.port.ConversationEvents;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Publishes "is typing" at most once per {@link #EVERY} per conversation and side, however often a client
 * reports keystrokes: the other side shows it for a few seconds, so more would only load the event bus.
 */
public final class ShowTypingService implements ShowTyping {

    static final Duration EVERY = Duration.ofSeconds(2);
    /** Past this many remembered conversations the memory is dropped: it only throttles. */
    private static final int REMEMBERED = 10_000;

    private final ConversationAccess conversations;
    private final ConversationEvents events;
    private final Clock clock;
    private final Map<String, Instant> lastSent = new ConcurrentHashMap<>();

    public ShowTypingService(Conversations conversations, ConversationEvents events, Clock clock) {
        this.conversations = new ConversationAccess(conversations);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Mono<Void> shopperTyping(String conversationId, String token) {
        return conversations.openedBy(conversationId, new ShopperCredential.Token(token))
                .filter(conversation -> conversation.state() == ConversationState.ASSIGNED)
                .doOnNext(conversation -> publish(Type.SHOPPER_TYPING, conversation))
                .then();
    }

    @Override
    public Mono<Void> agentTyping(String agent, String conversationId) {
        return conversations.existing(conversationId)
                .filter(conversation -> conversation.isAssignedTo(agent))
                .doOnNext(conversation -> publish(Type.AGENT_TYPING, conversation))
                .then();
    }

    private void publish(Type type, Conversation conversation) {
        Instant now = clock.instant();
        String key = type.name() + ":" + conversation.id();
        Instant last = lastSent.get(key);
        if (last != null && Duration.between(last, now).compareTo(EVERY) < 0) {
            return;
        }
        if (lastSent.size() > REMEMBERED) {
            lastSent.clear();
        }
        lastSent.put(key, now);
        events.publish(List.of(ConversationEvent.of(type, conversation.id(), conversation.state(), now)
                .withAgent(conversation.assignedAgent().orElseThrow())));
    }
}
