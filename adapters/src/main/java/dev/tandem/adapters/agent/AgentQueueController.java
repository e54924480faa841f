package dev.tandem.adapters.agent;

import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.bot.handoff.ViewAgentQueue;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The agent's view of the waiting line (role AGENT). */
@RestController
@RequestMapping("/api/v1/agent")
public class AgentQueueController {

    private final ViewAgentQueue viewAgentQueue;

    public AgentQueueController(ViewAgentQueue viewAgentQueue) {
        this.viewAgentQueue = viewAgentQueue;
    }

    public record QueueResponse(List<QueuedConversation> conversations) {
    }

    /** One waiting conversation: enough to choose which to take next without opening it. */
    public record QueuedConversation(String id, String language, String channel, String handoffReason,
                                     long waitingSeconds, String summary, int priority, Instant queuedAt) {

        static QueuedConversation of(ViewAgentQueue.Waiting waiting) {
            QueueEntry entry = waiting.entry();
            return new QueuedConversation(entry.conversationId(), entry.language().code(), entry.channel().apiName(),
                    entry.reason().name(), waiting.waited().toSeconds(), entry.summary(), entry.priority(),
                    entry.queuedAt());
        }
    }

    @GetMapping("/queue")
    public Mono<QueueResponse> queue() {
        return viewAgentQueue.waiting().map(QueuedConversation::of).collectList().map(QueueResponse::new);
    }
}
