package dev.tandem.adapters.ratelimit;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.bot.shopper.port.ShopperTurnLimit;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The per-conversation message limit ({@code tandem.rate-limit.conversation-messages-per-minute}). The use case
 * asks it only after the token opened the conversation, so only real conversations ever get a bucket.
 */
@Component
public class ConversationTurnLimit implements ShopperTurnLimit {

    private final Buckets perConversation;

    public ConversationTurnLimit(TandemProperties properties) {
        this.perConversation = new Buckets(properties.rateLimit().conversationMessagesPerMinute(), System::nanoTime);
    }

    @Override
    public Optional<Duration> take(String conversationId) {
        var probe = perConversation.take(conversationId);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** How many conversations have a bucket now. */
    long conversations() {
        return perConversation.size();
    }
}
