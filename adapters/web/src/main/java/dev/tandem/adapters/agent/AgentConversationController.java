package dev.tandem.adapters.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.bot.agentdesk.ViewConversation;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.adapters.shopper.MessageView;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.KnownCustomer;
import dev.tandem.bot.conversation.InternalNote;
import dev.tandem.bot.notes.InternalNotes;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.kb.FaqHit;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code GET /api/v1/agent/conversations/{id}}: the whole story of a conversation for an agent (role AGENT). */
@RestController
@RequestMapping("/api/v1/agent/conversations")
public class AgentConversationController {

    private final ViewConversation viewConversation;
    private final InternalNotes notes;
    private final AgentRoster roster;

    public AgentConversationController(ViewConversation viewConversation, InternalNotes notes, AgentRoster roster) {
        this.viewConversation = viewConversation;
        this.notes = notes;
        this.roster = roster;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConversationView(String id, String state, String language, String channel, String handoffReason,
                                   String assignedAgent, String summary, Instant createdAt, Instant queuedAt,
                                   Boolean followUp, Customer customer, List<String> orderNumbers,
                                   List<String> trackingNumbers, List<TranscriptLine> messages,
                                   List<Suggestion> suggestions, List<ViewConversation.CannedReply> canned,
                                   List<NoteLine> notes) {
    }

    /**
     * An internal note, for agents only: shown after the message {@code afterSeq}; {@code agentName} is the
     * writer's display name.
     */
    public record NoteLine(String id, long afterSeq, String agent, String agentName, String text, Instant createdAt) {

        static NoteLine of(InternalNote note, AgentRoster roster) {
            return new NoteLine(note.id(), note.afterSeq(), note.agent(),
                    roster.find(note.agent()).map(Agent::displayName).orElse(note.agent()), note.text(), note.createdAt());
        }
    }

    /**
     * Who the shopper is: a contact address they left and what their messages mention; and, once the conversation
     * is linked to a customer (a proven order, their Telegram account, the sender of their e-mail), how they are
     * known, their earlier conversations on any channel and the orders they proved.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Customer(String contactEmail, List<String> emails, List<String> phones, List<KnownAs> knownAs,
                           List<PreviousConversation> previousConversations, List<VerifiedOrder> verifiedOrders) {
    }

    /** @param source ORDER_VERIFICATION, TELEGRAM_ACCOUNT or EMAIL_SENDER (only as good as the mail server's checks) */
    public record KnownAs(String kind, String value, String source) {

        static KnownAs of(KnownCustomer.KnownIdentity known) {
            return new KnownAs(known.identity().kind().name(), known.identity().value(), known.source().name());
        }
    }

    /** @param summary the shopper's first question there */
    public record PreviousConversation(String id, String channel, Instant startedAt, String state, String summary) {

        static PreviousConversation of(ViewConversation.PastConversation past) {
            return new PreviousConversation(past.id(), past.channel().apiName(), past.startedAt(), past.state().name(),
                    past.summary());
        }
    }

    /** @param conversationId where the shopper proved it */
    public record VerifiedOrder(String orderNumber, String provedWith, String conversationId, Instant verifiedAt) {

        static VerifiedOrder of(KnownCustomer.VerifiedOrder order) {
            return new VerifiedOrder(order.orderNumber(), order.provedWith().value(), order.conversationId(),
                    order.verifiedAt());
        }
    }

    /** A message with the bot's understanding and the shopper's vote, for the agent's eyes only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TranscriptLine(long seq, String author, String sender, String text, Instant createdAt, String lang,
                                 String intent, Double confidence, String faqId, Boolean helpful,
                                 List<String> quickReplies, MessageView.AttachmentView attachment) {

        static TranscriptLine of(Message message) {
            return new TranscriptLine(message.seq(), message.author().name(), message.sender().orElse(null),
                    message.text(), message.createdAt(), message.language().orElse(null), message.intent().orElse(null),
                    message.confidence().orElse(null), message.faqId().orElse(null), message.helpful().orElse(null),
                    message.quickReplies().isEmpty() ? null : message.quickReplies(),
                    message.attachment().map(MessageView.AttachmentView::of).orElse(null));
        }
    }

    public record Suggestion(String faqId, String title, double score, String answer) {

        static Suggestion of(FaqHit hit) {
            return new Suggestion(hit.entry().id(), hit.entry().title(), hit.score(), hit.entry().answerMarkdown());
        }
    }

    @GetMapping("/{id}")
    public Mono<ConversationView> conversation(@PathVariable String id, Principal agent) {
        return viewConversation.details(agent.getName(), id).flatMap(details -> notes.of(id)
                .map(note -> NoteLine.of(note, roster)).collectList()
                .map(written -> view(details, written)));
    }

    private static Customer customer(Conversation conversation, ViewConversation.References references,
                                     ViewConversation.CustomerHistory history) {
        return new Customer(conversation.contactEmail().orElse(null), references.emails(), references.phones(),
                history.identities().stream().map(KnownAs::of).toList(),
                history.previous().stream().map(PreviousConversation::of).toList(),
                history.orders().stream().map(VerifiedOrder::of).toList());
    }

    private static ConversationView view(ViewConversation.Details details, List<NoteLine> notes) {
        Conversation conversation = details.conversation();
        ViewConversation.References references = details.references();
        return new ConversationView(conversation.id(), conversation.state().name(), conversation.language().code(),
                conversation.channel().apiName(), conversation.handoffReason().map(Enum::name).orElse(null),
                conversation.assignedAgent().orElse(null), details.summary(), conversation.createdAt(),
                details.queueEntry().map(entry -> entry.queuedAt()).orElse(null),
                details.queueEntry().map(entry -> entry.followUp()).orElse(null),
                customer(conversation, references, details.customer()),
                references.orderNumbers(), references.trackingNumbers(),
                details.messages().stream().map(TranscriptLine::of).toList(),
                details.suggestions().stream().map(Suggestion::of).toList(), details.canned(), notes);
    }
}
