package dev.tandem.bot.chat;

import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.handoff.QueueStatus;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Use case: a shopper writes; the message is saved and, while the bot is in charge, answered. */
public interface HandleShopperMessage {

    /** Shopper messages longer than this are refused rather than cut: nothing the shopper wrote is lost. */
    int MAX_TEXT_LENGTH = 4000;

    Mono<Outcome> handle(Command command);

    record Command(String conversationId, ShopperCredential credential, String text) {

        public Command(String conversationId, String token, String text) {
            this(conversationId, new ShopperCredential.Token(token), text);
        }
    }

    /** @param replies the messages the bot sent in answer (none while a person is in charge) */
    record Outcome(ConversationState state, List<Message> replies, Optional<QueueStatus> queue) {
    }
}
