package dev.tandem.adapters.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.agentdesk.BrowseInbox;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/agent/inbox?view=mine|open|resolved&q=} (role AGENT): the conversations beyond the live
 * queue, newest first, searched over transcripts and contact addresses.
 */
@RestController
@RequestMapping("/api/v1/agent")
public class InboxController {

    private final BrowseInbox inbox;

    public InboxController(BrowseInbox inbox) {
        this.inbox = inbox;
    }

    public record InboxResponse(List<InboxItem> conversations) {
    }

    /** @param question the shopper's first message */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InboxItem(String id, String channel, String language, String state, String assignedAgent,
                            String contactEmail, String orderNumber, String question, Instant updatedAt) {

        static InboxItem of(BrowseInbox.Entry entry) {
            return new InboxItem(entry.id(), entry.channel().apiName(), entry.language().code(), entry.state().name(),
                    entry.assignedAgent().orElse(null), entry.contactEmail().orElse(null),
                    entry.orderNumber().orElse(null), entry.question(), entry.updatedAt());
        }
    }

    @GetMapping("/inbox")
    public Mono<InboxResponse> inbox(Principal agent, @RequestParam(name = "view", defaultValue = "mine") String view,
                                     @RequestParam(name = "q", required = false) String search) {
        if (search != null && search.length() > BrowseInbox.MAX_SEARCH_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_search",
                    "a search is at most " + BrowseInbox.MAX_SEARCH_LENGTH + " characters");
        }
        return inbox.list(agent.getName(), view(view), Optional.ofNullable(search))
                .map(InboxItem::of).collectList().map(InboxResponse::new);
    }

    private static BrowseInbox.View view(String name) {
        try {
            return BrowseInbox.View.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_view", "view must be mine, open or resolved");
        }
    }
}
