package dev.tandem.bot.chat;

import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotDecision;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * The one line an agent reads in the queue: what the shopper actually needs. "I want a person" says
 * nothing about that, so the latest shopper message that was about something else is preferred.
 */
final class HandoffSummary {

    static final int MAX_LENGTH = 140;
    private static final int MESSAGES_LOOKED_AT = 20;
    private static final String HUMAN_AGENT_INTENT = "human_agent";

    private final ConversationStore store;

    HandoffSummary(ConversationStore store) {
        this.store = store;
    }

    Mono<String> summarise(Conversation conversation, String currentText, BotDecision decision) {
        if (!isRequestForPerson(decision.understood().intent())) {
            return Mono.just(oneLine(currentText));
        }
        long from = Math.max(0, conversation.lastSeq() - MESSAGES_LOOKED_AT);
        return store.messagesAfter(conversation.id(), from)
                .filter(message -> message.author() == Author.SHOPPER && !isRequestForPerson(message.intent()))
                .map(Message::text)
                .collectList()
                .map(topics -> oneLine(topics.isEmpty() ? currentText : topics.get(topics.size() - 1)));
    }

    private static boolean isRequestForPerson(Optional<String> intent) {
        return intent.filter(HUMAN_AGENT_INTENT::equals).isPresent();
    }

    private static String oneLine(String text) {
        String line = String.join(" ", List.of(text.strip().split("\\s+")));
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
