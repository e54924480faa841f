package dev.tandem.bot.agentdesk;

import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.agentdesk.port.ConversationDirectory;
import dev.tandem.bot.text.ChatText;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Flux;

/** Turns a list an agent asks for into a directory query: one page, newest first. */
public final class BrowseInboxService implements BrowseInbox {

    static final int PAGE = 50;

    private final ConversationDirectory directory;

    public BrowseInboxService(ConversationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Flux<Entry> list(String agent, View view, Optional<String> search) {
        Optional<String> text = search.map(typed -> ChatText.cut(typed.strip(), MAX_SEARCH_LENGTH))
                .filter(typed -> !typed.isEmpty());
        ConversationDirectory.Query query = switch (view) {
            case MINE -> new ConversationDirectory.Query(Set.of(ConversationState.ASSIGNED), Optional.of(agent), text,
                    PAGE);
            case OPEN -> new ConversationDirectory.Query(Set.of(ConversationState.QUEUED, ConversationState.ASSIGNED),
                    Optional.empty(), text, PAGE);
            case RESOLVED -> new ConversationDirectory.Query(Set.of(ConversationState.CLOSED), Optional.empty(), text,
                    PAGE);
        };
        return directory.find(query);
    }
}
