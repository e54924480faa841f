package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.queue.QueueStatus;
import dev.tandem.bot.text.ChatText;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Use case: a shopper writes; the message is saved and, while the bot is in charge, answered. */
public interface HandleShopperMessage {

    /** Shopper messages longer than this are refused rather than cut: nothing the shopper wrote is lost. */
    int MAX_TEXT_LENGTH = ChatText.MESSAGE_LENGTH;

    Mono<Outcome> handle(Command command);

    /**
     * @param credential what opens the conversation: the shopper's token, or the channel adapter it came through
     * @param client the address the message came from, where there is one (web); it caps the chats it can queue
     */
    record Command(String conversationId, ShopperCredential credential, String text, Optional<String> client) {

        public Command(String conversationId, ShopperCredential credential, String text) {
            this(conversationId, credential, text, Optional.empty());
        }

        public Command(String conversationId, String token, String text, Optional<String> client) {
            this(conversationId, new ShopperCredential.Token(token), text, client);
        }

        public Command(String conversationId, String token, String text) {
            this(conversationId, new ShopperCredential.Token(token), text, Optional.empty());
        }
    }

    /** @param replies the messages the bot sent in answer (none while a person is in charge) */
    record Outcome(ConversationState state, List<Message> replies, Optional<QueueStatus> queue) {
    }
}
