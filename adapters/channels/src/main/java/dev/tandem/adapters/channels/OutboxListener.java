package dev.tandem.adapters.channels;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.adapters.events.OwnEventsListener;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every channel's outbox (e-mail, Telegram) does the same way: it listens to this node's conversation
 * events, takes the new messages the channel shows its shopper, and hands each to the outbox, which only queues
 * the delivery, so the event bus is never held up. Conversations the outbox found to belong to another channel
 * ({@link #otherChannel}) are skipped from then on: conversation ids are never reused.
 */
public final class OutboxListener extends OwnEventsListener {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxListener.class);
    /** Enough for a busy day's web chats; past it the least recent are forgotten, costing one lookup each. */
    private static final int REMEMBERED_CONVERSATIONS = 10_000;

    private final String channel;
    private final Predicate<Message> shown;
    private final Consumer<Message> queue;
    private final Cache<String, Boolean> otherChannels =
            Caffeine.newBuilder().maximumSize(REMEMBERED_CONVERSATIONS).build();

    /**
     * @param channel for the log
     * @param shown   the messages the channel shows its shopper (never the shopper's own)
     * @param queue   queues a message's delivery; must not block
     */
    public OutboxListener(String channel, InProcessConversationEvents events, Predicate<Message> shown,
                          Consumer<Message> queue) {
        super(events, "The " + channel + " outbox");
        this.channel = channel;
        this.shown = shown;
        this.queue = queue;
    }

    /** The conversation is another channel's: its messages are not looked at again. */
    public void otherChannel(String conversationId) {
        otherChannels.put(conversationId, Boolean.TRUE);
    }

    @Override
    protected void onEvent(ConversationEvent event) {
        if (event.type() != ConversationEvent.Type.MESSAGE || otherChannels.getIfPresent(event.conversationId()) != null) {
            return;
        }
        try {
            event.message().filter(shown).ifPresent(queue);
        } catch (RuntimeException failure) {
            // Never let one event end the subscription: the next message must still go out.
            LOG.error("Could not queue a {} delivery for conversation {}", channel, event.conversationId(), failure);
        }
    }
}
