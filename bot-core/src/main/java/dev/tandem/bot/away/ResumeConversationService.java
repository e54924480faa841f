package dev.tandem.bot.away;

import dev.tandem.bot.away.port.ResumeLinks;
import dev.tandem.bot.conversation.ConversationToken;
import dev.tandem.bot.shopper.port.Conversations;
import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/** Trades a mailed link's code for a fresh token; links older than {@link #VALID_FOR} no longer open the chat. */
public final class ResumeConversationService implements ResumeConversation {

    static final Duration VALID_FOR = Duration.ofDays(30);

    private final Conversations conversations;
    private final ResumeLinks links;
    private final Clock clock;

    public ResumeConversationService(Conversations conversations, ResumeLinks links, Clock clock) {
        this.conversations = conversations;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public Mono<Resumed> resume(String conversationId, String code) {
        String prefix = conversationId + ".";
        if (code == null || !code.startsWith(prefix) || code.length() == prefix.length()) {
            return Mono.error(new ResumeRefusedException());
        }
        String token = ConversationToken.generate();
        return links.redeem(conversationId, ConversationToken.hash(code.substring(prefix.length())),
                        clock.instant().minus(VALID_FOR), ConversationToken.hash(token))
                .filter(Boolean::booleanValue)
                .flatMap(redeemed -> conversations.find(conversationId))
                .map(conversation -> new Resumed(conversationId, token, conversation.state()))
                .switchIfEmpty(Mono.error(ResumeRefusedException::new));
    }
}
