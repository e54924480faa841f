package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import org.junit.jupiter.api.Test;

class PersonalDataScenarioTest {

    private final TestShop shop = TestShop.withAnnaOnline();

    @Test
    void givenAShopperAndAnAgentTypingCardNumbers_whenSaved_thenTheTranscriptKeepsOnlyTheLastFourDigits() {
        ShopperSession shopper = shop.shopper(Language.PL);

        shopper.says("pobrano mi dwa razy z karty 4111 1111 1111 1111, chcę rozmawiać z konsultantem");
        shop.desk.claim("anna", shopper.id).block();
        shop.desk.reply("anna", shopper.id, "Sprawdzam kartę 4111-1111-1111-1111").block();

        assertThat(shopper.transcript()).noneMatch(message -> message.text().contains("4111 1111")
                || message.text().contains("4111-1111"));
        assertThat(shopper.transcript()).anyMatch(message -> message.text().contains("[card •••• 1111]"));
        assertThat(shop.store.entries().blockFirst().summary()).doesNotContain("4111 1111");
    }

    @Test
    void givenCardNumbersInUnusualFormats_whenTypedByShopperAndAgent_thenNoneIsKeptAnywhere() {
        ShopperSession shopper = shop.shopper(Language.PL);

        shopper.says("karta 4111\u00A01111\u00A01111\u00A01111 123 nie działa");
        shopper.says("chcę rozmawiać z konsultantem");
        shop.desk.claim("anna", shopper.id).block();
        shop.desk.reply("anna", shopper.id, "Widzę kartę 5555.5555.5555.4444, proszę chwilę").block();
        shop.desk.resolve("anna", shopper.id).block();
        String comment = shopper.rates(5, "dzięki, karta ４１１１–１１１１–１１１１–１１１１ już działa").comment().orElseThrow();

        assertThat(shopper.transcript()).extracting(message -> message.text())
                .noneMatch(text -> text.contains("1111\u00A01111") || text.contains("5555.5555") || text.contains(" 123"))
                .anyMatch(text -> text.equals("karta [card •••• 1111] nie działa"))
                .anyMatch(text -> text.equals("Widzę kartę [card •••• 4444], proszę chwilę"));
        assertThat(shop.store.entries().collectList().block()).allSatisfy(entry ->
                assertThat(entry.summary()).doesNotContain("1111\u00A01111"));
        assertThat(comment).isEqualTo("dzięki, karta [card •••• 1111] już działa");
    }

    @Test
    void givenAnUnansweredQuestionWithContactDetails_whenRecordedForEditors_thenTheyAreMasked() {
        ShopperSession shopper = shop.shopper(Language.EN);

        shopper.says("qwzx plorb vemmit jan.kowalski@example.com +48 601 234 567");

        assertThat(shop.store.events()).filteredOn(event -> event.type() == ConversationEvent.Type.UNANSWERED)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.detail()).hasValueSatisfying(detail -> assertThat(detail)
                        .contains("j***@example.com", "+** *** *** *67")
                        .doesNotContain("kowalski", "601 234")));
    }

    @Test
    void givenALongMessageWithAnEmojiWhereTheSummaryIsCut_whenHandedOff_thenTheQueueSummaryHoldsNoHalfEmoji() {
        ShopperSession shopper = shop.shopper(Language.PL);
        String topic = "Paczka nie dotarła, kurier twierdzi, że zostawił ją pod drzwiami, ale nic tam nie było. ";
        String message = (topic + topic).substring(0, 138) + "\uD83D\uDE21\uD83D\uDE21 co teraz?";

        shopper.says(message);
        shopper.says("chcę rozmawiać z konsultantem");

        String summary = shop.store.entries().blockFirst().summary();
        assertThat(summary).startsWith(message.substring(0, 100)).endsWith("…");
        assertThat(summary.chars().noneMatch(c -> Character.isSurrogate((char) c))).as("no half emoji in %s", summary).isTrue();
    }
}
