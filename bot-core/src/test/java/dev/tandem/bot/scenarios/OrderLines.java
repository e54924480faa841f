package dev.tandem.bot.scenarios;

import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.intents.Language;
import java.util.stream.Stream;

/** What a shopper asking about an order writes in each language, for the scenarios about orders and customers. */
record OrderLines(Language language, String whereIsOrderWithNumber, String whereIsOrder, String wrongEmail) {

    static Stream<OrderLines> inEachLanguage() {
        return Stream.of(
                new OrderLines(Language.EN, "where is my order 100234?", "where is my order",
                        "my email is someone@example.com"),
                new OrderLines(Language.RU, "где мой заказ 100234?", "где мой заказ", "моя почта someone@example.com"),
                new OrderLines(Language.UK, "де моє замовлення 100234?", "де моє замовлення",
                        "моя пошта someone@example.com"),
                new OrderLines(Language.PL, "gdzie jest moje zamówienie 100234?", "gdzie jest moje zamówienie",
                        "mój mail to someone@example.com"));
    }

    /** What the bot says in this language. */
    String text(String key, Object... arguments) {
        return BotTexts.text(language, key, arguments);
    }

    @Override
    public String toString() {
        return language.code();
    }
}
