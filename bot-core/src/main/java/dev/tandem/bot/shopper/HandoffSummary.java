package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.QuickReplies;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.queue.HandoffRequest;
import dev.tandem.intents.entities.Entity;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.entities.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * What an agent reads in the queue: what the shopper asked for, never simply the last thing typed. The last
 * words are often an e-mail address left for the answer, a "thanks" or "a person, please"; the request is
 * the latest question the bot recognised a topic in, else the shopper's fullest question it could not place,
 * with the order the conversation is about.
 */
final class HandoffSummary {

    private static final int MESSAGES_LOOKED_AT = 20;
    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private final Transcripts transcripts;

    HandoffSummary(Transcripts transcripts) {
        this.transcripts = transcripts;
    }

    /** One shopper message and the intent the bot recognised in it. */
    private record Said(String text, Optional<String> intent) {
    }

    Mono<HandoffRequest> summarise(Conversation conversation, String currentText, Message.Understanding understood,
                                   ShopKnowledge knowledge) {
        long from = Math.max(0, conversation.lastSeq() - MESSAGES_LOOKED_AT);
        return transcripts.messagesAfter(conversation.id(), from)
                .filter(message -> message.author() == Author.SHOPPER)
                .map(message -> new Said(message.text(), message.intent()))
                .collectList()
                .map(earlier -> {
                    List<Said> said = new ArrayList<>(earlier);
                    said.add(new Said(currentText, understood.intent()));
                    return requestIn(said, conversation, knowledge);
                });
    }

    private static HandoffRequest requestIn(List<Said> said, Conversation conversation, ShopKnowledge knowledge) {
        Optional<String> order = conversation.memory().order().orderNumber().or(() -> lastOrderNumber(said));
        for (int i = said.size() - 1; i >= 0; i--) {
            Said message = said.get(i);
            // A button's label ("No" after an answer) is an answer to the bot, never the request, whatever it reads as.
            if (!QuickReplies.isLabel(message.text()) && message.intent().filter(knowledge::namesATopic).isPresent()) {
                return new HandoffRequest(message.text(), message.intent(), order);
            }
        }
        // Nothing recognised: the question the bot could not place is the shopper's fullest own words.
        Optional<Said> unplaced = said.stream()
                .filter(message -> message.intent().isEmpty() && isQuestion(message.text()))
                .reduce((earlier, later) -> words(later.text()) >= words(earlier.text()) ? later : earlier);
        String question = unplaced.map(Said::text).orElse(said.get(said.size() - 1).text());
        return new HandoffRequest(question, Optional.empty(), order);
    }

    /** More than contact details, an order number or a button label: words of the shopper's own. */
    private static boolean isQuestion(String text) {
        return !QuickReplies.isLabel(text) && words(text) >= 2;
    }

    /** Words of at least two letters, once e-mail addresses, phone, order and tracking numbers are taken out. */
    private static int words(String text) {
        StringBuilder rest = new StringBuilder(text);
        ENTITIES.extract(text).stream().sorted(Comparator.comparingInt(Entity::start).reversed())
                .forEach(entity -> rest.replace(entity.start(), entity.end(), " "));
        return (int) Arrays.stream(rest.toString().split("[^\\p{L}]+")).filter(word -> word.length() >= 2).count();
    }

    private static Optional<String> lastOrderNumber(List<Said> said) {
        return said.stream()
                .flatMap(message -> ENTITIES.extract(message.text()).stream())
                .filter(entity -> entity.type() == EntityType.ORDER_NUMBER)
                .map(Entity::value)
                .reduce((earlier, later) -> later);
    }
}
