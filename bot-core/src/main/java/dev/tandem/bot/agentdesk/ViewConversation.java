package dev.tandem.bot.agentdesk;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.KnownCustomer;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.kb.FaqHit;
import dev.tandem.kb.canned.CannedResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Use case: an agent opens a conversation and gets the whole story: every message with what the bot
 * understood, why it was handed off, who the customer is and which orders they mean, FAQ answers that fit
 * the latest question, and the shop's canned replies in the conversation's language.
 */
public interface ViewConversation {

    /** The conversation as {@code agent} sees it; the view is recorded in the audit trail. */
    Mono<Details> details(String agent, String conversationId);

    /**
     * @param summary     one line: what the shopper needs
     * @param suggestions the best FAQ entries for the latest shopper message, best first (at most three)
     * @param canned      canned replies in the conversation's language, variables filled where known
     * @param customer    who the shopper is across channels: their identities, earlier conversations and
     *                    verified orders (empty lists when the conversation is linked to nobody yet)
     */
    record Details(Conversation conversation, List<Message> messages, Optional<QueueEntry> queueEntry, String summary,
                   References references, List<FaqHit> suggestions, List<CannedReply> canned,
                   CustomerHistory customer) {
    }

    /**
     * The same customer's other conversations, on any channel, newest first, so nobody has to repeat themselves.
     *
     * @param identities how the customer is recognised (verified e-mail or phone, Telegram account, e-mail sender)
     * @param orders     the orders they proved to be theirs, in any of their conversations
     */
    record CustomerHistory(List<KnownCustomer.KnownIdentity> identities, List<PastConversation> previous,
                           List<KnownCustomer.VerifiedOrder> orders) {

        public static final CustomerHistory NONE = new CustomerHistory(List.of(), List.of(), List.of());
    }

    /** @param summary the shopper's first question there, on one line */
    record PastConversation(String id, Channel channel, Instant startedAt, ConversationState state, String summary) {
    }

    /** What the shopper's messages (and a left contact address) say about who they are and what they mean. */
    record References(List<String> emails, List<String> phones, List<String> orderNumbers, List<String> trackingNumbers) {
    }

    record CannedReply(String id, String title, String text) {

        static CannedReply of(CannedResponse response, String language, java.util.Map<String, String> variables) {
            return new CannedReply(response.id(), response.title(language), response.render(language, variables));
        }
    }
}
