package dev.tandem.adapters.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.adapters.http.TextBody;
import dev.tandem.adapters.shopper.MessageView;
import dev.tandem.bot.shopper.ShowTyping;
import dev.tandem.bot.agentdesk.AgentDesk;
import dev.tandem.bot.agentdesk.AgentStatus;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.queue.HandoffRequest;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.queue.ViewAgentQueue;
import dev.tandem.intents.Language;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The agent side of the HTTP API v1 (role AGENT): the queue, presence, and the actions on a conversation. */
@RestController
@RequestMapping("/api/v1/agent")
public class AgentDeskController {

    private final ViewAgentQueue viewAgentQueue;
    private final AgentDesk desk;
    private final AgentStatus status;
    private final ShowTyping showTyping;

    public AgentDeskController(ViewAgentQueue viewAgentQueue, AgentDesk desk, AgentStatus status, ShowTyping showTyping) {
        this.showTyping = showTyping;
        this.viewAgentQueue = viewAgentQueue;
        this.desk = desk;
        this.status = status;
    }

    public record QueueResponse(List<QueuedConversation> conversations) {
    }

    /**
     * One waiting conversation: enough to choose which to take next without opening it.
     *
     * @param summary the shopper's question in their words, on one line
     * @param request what they asked for, for the console to name in the agent's language
     */
    public record QueuedConversation(String id, String language, String channel, String handoffReason,
                                     long waitingSeconds, String summary, Request request, int priority,
                                     boolean followUp, Instant queuedAt) {

        public static QueuedConversation of(ViewAgentQueue.Waiting waiting) {
            QueueEntry entry = waiting.entry();
            return new QueuedConversation(entry.conversationId(), entry.language().code(), entry.channel().apiName(),
                    entry.reason().name(), waiting.waited().toSeconds(), entry.summary(), Request.of(waiting),
                    entry.priority(), entry.followUp(), entry.queuedAt());
        }
    }

    /**
     * @param topic       the intent recognised in the question, if any
     * @param topicTitles that topic named by the shop's content, per language code (only those it exists in)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String question, String topic, Map<String, String> topicTitles, String orderNumber) {

        static Request of(ViewAgentQueue.Waiting waiting) {
            HandoffRequest request = waiting.entry().request();
            Map<String, String> titles = new TreeMap<>();
            waiting.topicTitles().forEach((language, title) -> titles.put(language.code(), title));
            return new Request(request.question(), request.topic().orElse(null), titles,
                    request.orderNumber().orElse(null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConversationState(String id, String state, String assignedAgent, String language) {

        static ConversationState of(Conversation conversation) {
            return new ConversationState(conversation.id(), conversation.state().name(),
                    conversation.assignedAgent().orElse(null), conversation.language().code());
        }
    }

    /** Exactly one of them: a colleague's name, or a language group (en, ru, uk, pl). */
    public record TransferRequest(String agent, String language) {
    }

    public record PresenceRequest(String status) {
    }

    /** @param displayName how shoppers see this agent */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(String name, String displayName, String avatarUrl, String presence, int capacity, int load,
                     List<String> languages) {

        static Me of(AgentStatus.Me me) {
            return new Me(me.name(), me.displayName(), me.avatarUrl().orElse(null), me.presence().name(), me.capacity(),
                    me.load(), me.languages().stream().map(Language::code).toList());
        }
    }

    @GetMapping("/queue")
    public Mono<QueueResponse> queue(Principal agent) {
        return viewAgentQueue.waiting(agent.getName()).map(QueuedConversation::of).collectList().map(QueueResponse::new);
    }

    @PostMapping("/conversations/{id}/claim")
    public Mono<ConversationState> claim(@PathVariable String id, Principal agent) {
        return desk.claim(agent.getName(), id).map(ConversationState::of);
    }

    @PostMapping("/conversations/{id}/release")
    public Mono<ConversationState> release(@PathVariable String id, Principal agent) {
        return desk.release(agent.getName(), id).map(ConversationState::of);
    }

    @PostMapping("/conversations/{id}/resolve")
    public Mono<ConversationState> resolve(@PathVariable String id, Principal agent) {
        return desk.resolve(agent.getName(), id).map(ConversationState::of);
    }

    @PostMapping("/conversations/{id}/return-to-bot")
    public Mono<ConversationState> returnToBot(@PathVariable String id, Principal agent) {
        return desk.returnToBot(agent.getName(), id).map(ConversationState::of);
    }

    @PostMapping("/conversations/{id}/transfer")
    public Mono<ConversationState> transfer(@PathVariable String id, Principal agent,
                                            @RequestBody(required = false) TransferRequest request) {
        if (request == null || (request.agent() == null) == (request.language() == null)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_transfer",
                    "the body must be {\"agent\": \"name\"} or {\"language\": \"en|ru|uk|pl\"}");
        }
        Optional<Language> language = Optional.ofNullable(request.language()).map(code -> Language.fromCode(code)
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "invalid_transfer",
                        "language must be one of en, ru, uk, pl")));
        var target = new AgentDesk.TransferTarget(Optional.ofNullable(request.agent()).map(String::strip), language);
        return desk.transfer(agent.getName(), id, target).map(ConversationState::of);
    }

    @PostMapping("/conversations/{id}/messages")
    public Mono<MessageView> reply(@PathVariable String id, Principal agent,
                                   @RequestBody(required = false) TextBody request) {
        return desk.reply(agent.getName(), id, TextBody.required(request, "invalid_message")).map(MessageView::of);
    }

    /** The agent is typing a reply: the shopper sees it for a few seconds (only in a chat the agent holds). */
    @PostMapping("/conversations/{id}/typing")
    public Mono<ResponseEntity<Void>> typing(@PathVariable String id, Principal agent) {
        return showTyping.agentTyping(agent.getName(), id).thenReturn(ResponseEntity.noContent().build());
    }

    @PutMapping("/presence")
    public Mono<Me> setPresence(Principal agent, @RequestBody(required = false) PresenceRequest request) {
        Presence presence = Optional.ofNullable(request).map(PresenceRequest::status).flatMap(AgentDeskController::presence)
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "invalid_presence",
                        "the body must be {\"status\": \"online|away|offline\"}"));
        return status.setPresence(agent.getName(), presence).map(Me::of);
    }

    @GetMapping("/me")
    public Mono<Me> me(Principal agent) {
        return status.me(agent.getName()).map(Me::of);
    }

    private static Optional<Presence> presence(String status) {
        try {
            return Optional.of(Presence.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
