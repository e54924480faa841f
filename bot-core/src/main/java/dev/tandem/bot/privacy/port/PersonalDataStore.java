package dev.tandem.bot.privacy.port;

import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.conversation.InternalNote;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Finds and removes a customer's conversations, and old ones, with everything stored about them. */
public interface PersonalDataStore {

    /**
     * Conversations of the customer with this e-mail address (lower-case): the whole address written in one of
     * the shopper's own messages ({@link dev.tandem.bot.privacy.CustomerAddresses#writtenIn}, which includes the
     * address they left for an answer), or linked to them (proven with an order, or the sender of an e-mail
     * thread). Found through an index of addresses, never by reading every message.
     */
    Flux<Conversation> conversationsOf(String email);

    Flux<Message> transcript(String conversationId);

    /** What links the conversation to a customer (identities and verified orders); part of the export. */
    default Flux<CustomerLink> customerLinks(String conversationId) {
        return Flux.empty();
    }

    /** The files sent in the conversation, with their bytes; part of the export. */
    default Flux<Attachment> attachments(String conversationId) {
        return Flux.empty();
    }

    /** Agents' internal notes on the conversation, oldest first; part of the export. */
    default Flux<InternalNote> notes(String conversationId) {
        return Flux.empty();
    }

    /**
     * Deletes the conversations with their messages, attachments, queue rows, events, ratings, channel records,
     * customer links and agents' notes; how many went.
     */
    Mono<Long> delete(Flux<String> conversationIds);

    /** Conversations with no activity since {@code before}, which are not waiting for or with an agent. */
    Flux<String> inactiveSince(Instant before);
}
