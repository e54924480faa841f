package dev.tandem.bot.privacy.port;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Finds and removes a customer's conversations, and old ones, with everything stored about them. */
public interface PersonalDataStore {

    /**
     * Conversations of the customer with this e-mail address: the address they left, or wrote in one of
     * their own messages (case-insensitive).
     */
    Flux<Conversation> conversationsOf(String email);

    Flux<Message> transcript(String conversationId);

    /** Deletes the conversations with their messages, queue rows, events and ratings; how many went. */
    Mono<Long> delete(Flux<String> conversationIds);

    /** Conversations with no activity since {@code before}, which are not waiting for or with an agent. */
    Flux<String> inactiveSince(Instant before);
}
