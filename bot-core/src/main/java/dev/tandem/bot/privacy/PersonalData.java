package dev.tandem.bot.privacy;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.CustomerLink;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: the shop answers a customer's data request (GDPR): a copy of everything stored about them, or
 * its erasure; and old transcripts are deleted after the retention period.
 */
public interface PersonalData {

    Flux<CustomerConversation> export(String email);

    /** How many conversations were erased. */
    Mono<Long> erase(String email);

    /** Deletes conversations inactive for longer than the retention period; how many went. */
    Mono<Long> applyRetention();

    /** @param customerLinks who the conversation is linked to, and the orders proven in it */
    record CustomerConversation(Conversation conversation, List<Message> messages, List<CustomerLink> customerLinks) {

        public CustomerConversation {
            messages = List.copyOf(messages);
            customerLinks = List.copyOf(customerLinks);
        }

        public CustomerConversation(Conversation conversation, List<Message> messages) {
            this(conversation, messages, List.of());
        }
    }
}
