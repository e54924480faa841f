package dev.tandem.bot.privacy;

import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.conversation.InternalNote;
import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Use case: the shop answers a customer's data request (GDPR): a copy of everything stored about them, or
 * its erasure; and old transcripts are deleted after the retention period. A customer is found by the whole
 * e-mail address (see {@link CustomerAddresses}).
 */
public interface PersonalData {

    Flux<CustomerConversation> export(String email);

    /** What {@link #erase(String)} would delete now, deleting nothing: a dry run. */
    Mono<Erasure> erasable(String email);

    /** Deletes the customer's conversations as they are found now; which went. */
    Mono<Erasure> erase(String email);

    /**
     * Deletes exactly these conversations, which a dry run showed: all of them must be the customer's, or
     * nothing is deleted ({@link ErasureSetChangedException}). A conversation of theirs that is not among them
     * stays.
     */
    Mono<Erasure> erase(String email, Collection<String> confirmedIds);

    /** Deletes conversations inactive for longer than the retention period; how many went. */
    Mono<Long> applyRetention();

    /**
     * @param customerLinks who the conversation is linked to, and the orders proven in it
     * @param attachments   the photos and documents sent in it, with their bytes
     * @param notes         what agents noted on it for each other (never shown to the shopper, but theirs to ask for)
     */
    record CustomerConversation(Conversation conversation, List<Message> messages, List<CustomerLink> customerLinks,
                                List<Attachment> attachments, List<InternalNote> notes) {

        public CustomerConversation {
            messages = List.copyOf(messages);
            customerLinks = List.copyOf(customerLinks);
            attachments = List.copyOf(attachments);
            notes = List.copyOf(notes);
        }

        public CustomerConversation(Conversation conversation, List<Message> messages, List<CustomerLink> customerLinks) {
            this(conversation, messages, customerLinks, List.of(), List.of());
        }

        public CustomerConversation(Conversation conversation, List<Message> messages) {
            this(conversation, messages, List.of());
        }
    }
}
