package dev.tandem.bot.orders;

import dev.tandem.bot.conversation.OrderMemory;
import dev.tandem.bot.dialogue.BotDecision;
import dev.tandem.bot.dialogue.BotReply;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.UnderstoodMessage;
import dev.tandem.intents.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The order dialogue's replies to one message, in the shopper's language: a question, a last word, an order's status. */
final class OrderReplies {

    final UnderstoodMessage message;
    final String conversationId;
    final Language language;
    private final DateTimeFormatter dates;

    OrderReplies(UnderstoodMessage message) {
        this.message = message;
        this.conversationId = message.conversationId();
        this.language = message.language();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language.code()));
    }

    BotDecision asking(String question, OrderMemory next, List<String> buttons) {
        return message.aboutOrder(List.of(new BotReply(question, Optional.empty(), buttons)), next);
    }

    BotDecision done(String text, OrderMemory next) {
        return message.aboutOrder(List.of(BotReply.say(text)), next);
    }

    BotDecision status(Order order, OrderMemory next, LocalDate today) {
        List<String> sentences = new ArrayList<>();
        List<String> buttons = new ArrayList<>();
        String number = order.number();
        switch (order.status()) {
            case PROCESSING -> {
                sentences.add(BotTexts.text(language, "order.status.processing", number));
                buttons.add(BotTexts.text(language, "quick-reply.cancel-order"));
            }
            case SHIPPED -> {
                sentences.add(BotTexts.text(language, "order.status.shipped", number, order.carrier().orElse("—")));
                order.trackingNumber().ifPresent(tracking -> sentences.add(order.trackingUrl()
                        .map(url -> BotTexts.text(language, "order.tracking", tracking, url))
                        .orElseGet(() -> BotTexts.text(language, "order.tracking-number", tracking))));
                order.expectedDelivery().ifPresent(date -> sentences.add(BotTexts.text(language, "order.expected",
                        dates.format(date))));
            }
            case DELIVERED -> {
                sentences.add(BotTexts.text(language, "order.status.delivered", number,
                        order.deliveredOn().map(dates::format).orElse("")));
                order.returnDeadline().filter(deadline -> !deadline.isBefore(today)).ifPresent(deadline -> {
                    sentences.add(BotTexts.text(language, "order.return-until", dates.format(deadline)));
                    buttons.add(BotTexts.text(language, "quick-reply.start-return"));
                });
            }
            case CANCELLED -> sentences.add(BotTexts.text(language, "order.status.cancelled", number));
            case RETURNED -> sentences.add(BotTexts.text(language, "order.status.returned", number));
        }
        return message.aboutOrder(List.of(new BotReply(String.join(" ", sentences), Optional.empty(), buttons)), next);
    }
}
