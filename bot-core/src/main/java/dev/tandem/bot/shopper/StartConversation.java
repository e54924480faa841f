package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.intents.Language;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Use case: a shopper opens a chat and is greeted in their language. */
public interface StartConversation {

    Mono<Started> start(Command command);

    /** @param locale the language the shopper's page is in, when known */
    record Command(Channel channel, Optional<Language> locale) {
    }

    /** @param token the only copy of the conversation's secret: the store keeps just its hash */
    record Started(Conversation conversation, String token, List<Message> messages) {
    }
}
