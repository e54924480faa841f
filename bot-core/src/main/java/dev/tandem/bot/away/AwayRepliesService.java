package dev.tandem.bot.away;

import dev.tandem.bot.away.port.ReplyReceipts;
import dev.tandem.bot.away.port.ResumeLinks;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationToken;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.port.CustomerLinks;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Finds the agent replies of a web chat that its shopper's widget was never sent, and the address to mail them to:
 * the one the shopper left, else the one that proved an order. The claim on the receipts makes each reply mailed
 * at most once, whichever node asks.
 */
public final class AwayRepliesService implements AwayReplies {

    private final Conversations conversations;
    private final Transcripts transcripts;
    private final CustomerLinks customerLinks;
    private final ReplyReceipts receipts;
    private final ResumeLinks links;
    private final AgentRoster roster;
    private final Clock clock;

    public AwayRepliesService(Conversations conversations, Transcripts transcripts, CustomerLinks customerLinks,
                              ReplyReceipts receipts, ResumeLinks links, AgentRoster roster, Clock clock) {
        this.conversations = conversations;
        this.transcripts = transcripts;
        this.customerLinks = customerLinks;
        this.receipts = receipts;
        this.links = links;
        this.roster = roster;
        this.clock = clock;
    }

    @Override
    public Mono<Void> reached(String conversationId, long seq) {
        return receipts.reached(conversationId, seq);
    }

    @Override
    public Mono<Optional<AwayReply>> due(String conversationId) {
        return conversations.find(conversationId)
                .filter(conversation -> conversation.channel() == Channel.WEB)
                .flatMap(conversation -> address(conversation).flatMap(email -> receipts.handledUpTo(conversationId)
                        .flatMapMany(handled -> transcripts.messagesAfter(conversationId, handled))
                        .filter(message -> message.author() == Author.AGENT)
                        .collectList()
                        .filter(replies -> !replies.isEmpty())
                        .flatMap(replies -> claimed(conversation, email, replies))))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<AwayReply> claimed(Conversation conversation, String email, List<Message> replies) {
        Message last = replies.get(replies.size() - 1);
        return receipts.claimMail(conversation.id(), last.seq())
                .filter(Boolean::booleanValue)
                .flatMap(mine -> {
                    String key = ConversationToken.generate();
                    String agent = last.sender().orElse("");
                    String shownAs = roster.find(agent).map(Agent::displayName).orElse(agent);
                    return links.save(conversation.id(), ConversationToken.hash(key), clock.instant())
                            .thenReturn(new AwayReply(conversation, email, replies, shownAs, key));
                });
    }

    /** The address the shopper left in the chat, else the e-mail that proved one of their orders in it. */
    private Mono<String> address(Conversation conversation) {
        return conversation.contactEmail().map(Mono::just).orElseGet(() -> customerLinks
                .ofConversations(List.of(conversation.id()))
                .filter(link -> link.identity().kind() == Identity.Kind.EMAIL)
                .next()
                .map(link -> link.identity().value()));
    }
}
