package dev.tandem.bot.chat;

import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotDecision;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.text.ChatText;
import dev.tandem.intents.catalog.IntentAction;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The one line an agent reads in the queue: what the shopper actually needs. "I want a person" or "hello"
 * say nothing about that, so the latest shopper message about a topic (not small talk, not a request for a
 * person) is preferred, and the current message otherwise.
 */
final class HandoffSummary {

    static final int MAX_LENGTH = 140;
    private static final int MESSAGES_LOOKED_AT = 20;

    private final ConversationStore store;

    HandoffSummary(ConversationStore store) {
        this.store = store;
    }

    Mono<String> summarise(Conversation conversation, String currentText, BotDecision decision, ShopKnowledge knowledge) {
        if (isTopic(decision.understood().intent(), knowledge)) {
            return Mono.just(oneLine(currentText));
        }
        long from = Math.max(0, conversation.lastSeq() - MESSAGES_LOOKED_AT);
        return store.messagesAfter(conversation.id(), from)
                .filter(message -> message.author() == Author.SHOPPER && isTopic(message.intent(), knowledge))
                .map(Message::text)
                .collectList()
                .map(topics -> oneLine(topics.isEmpty() ? currentText : topics.get(topics.size() - 1)));
    }

    /** A message with no recognised intent may still be the topic; small talk and "a person, please" are not. */
    private static boolean isTopic(Optional<String> intent, ShopKnowledge knowledge) {
        if (intent.isEmpty()) {
            return true;
        }
        if (DialoguePolicy.HUMAN_AGENT_INTENT.equals(intent.get())) {
            return false;
        }
        return knowledge.actionOf(intent.get()).filter(action -> action == IntentAction.SMALLTALK).isEmpty();
    }

    static String oneLine(String text) {
        return ChatText.oneLine(text, MAX_LENGTH);
    }
}
