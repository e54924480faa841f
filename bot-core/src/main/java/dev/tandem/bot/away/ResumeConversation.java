package dev.tandem.bot.away;

import dev.tandem.bot.conversation.ConversationState;
import reactor.core.publisher.Mono;

/**
 * Use case: a shopper follows the link of an away-reply mail and picks the chat up again: the link's code is traded
 * for a fresh token (the old one stops working), so only the holder of the mail continues the conversation.
 */
public interface ResumeConversation {

    /** @param code the link's {@code <conversation id>.<key>}; refused with {@code ResumeRefusedException} */
    Mono<Resumed> resume(String conversationId, String code);

    record Resumed(String conversationId, String token, ConversationState state) {
    }
}
