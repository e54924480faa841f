package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.TurnStore;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationToken;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Opens a conversation in the page's language (English when unknown) and greets the shopper. */
public final class StartConversationService implements StartConversation {

    private final TurnStore store;
    private final Clock clock;

    public StartConversationService(TurnStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Mono<Started> start(Command command) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            Language language = command.locale().orElse(Language.EN);
            String token = ConversationToken.generate();
            Conversation opened = Conversation.start(UUID.randomUUID().toString(), ConversationToken.hash(token),
                    command.channel(), language, now);
            Message greeting = Message.from(Author.BOT, opened.id(), 1, BotTexts.text(language, "greeting"), now,
                    language.code(), Optional.empty(), List.of());
            Conversation stored = opened.advanced(1, now);
            return store.open(stored, List.of(greeting)).thenReturn(new Started(stored, token, List.of(greeting)));
        });
    }
}
