package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.bot.shopper.HandleShopperMessage.Outcome;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request for a person in one part of a message that asks something else too (an order that did not come, a
 * parcel delivered elsewhere), or that names what it is about (a refund, a warranty repair), queues the conversation
 * in the same turn, on the demo shop's real content and models; a part that only names someone else ("I bought it
 * for another person") is no such request, and a question about a topic is answered.
 */
class PersonAskedAlongsideAnotherRequestTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | my parcel went to the wrong address and the courier says it was delivered, i need an actual human",
        "en | order 100234 has not moved for a week and the tracking is stuck, i need a person",
        "ru | заказ 100234 уже неделю не приходит и трек не обновляется, дайте человека",
        "uk | замовлення 100234 вже тиждень не приходить і трек не оновлюється, дайте людину",
        "pl | zamówienie 100234 od tygodnia nie przychodzi i śledzenie stoi, potrzebuję człowieka"})
    void givenAPersonAskedForInOnePartOfTheMessage_whenWritten_thenQueuedInTheSameTurnWithoutAnAnswer(
            String lang, String message) {
        assertQueuedInTheSameTurnWithoutAnAnswer(lang, message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | how do i send back a present, i bought it for another person",
        "ru | как оформить возврат, я заказывал это для другого человека",
        "uk | як оформити повернення, я замовляв це для іншої людини",
        "pl | jak zrobić zwrot, zamawiałem to dla innej osoby"})
    void givenAnotherPersonNamedInOnePart_whenWritten_thenNotHeardAsARequestForAPerson(String lang, String message) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lang);

        shopper.says(message);

        assertThat(shopper.conversation().handoffReason()).isNotEqualTo(Optional.of(HandoffReason.SHOPPER_REQUEST));
    }

    /** Read as a whole, each of these goes to the FAQ entry on its topic: the request before the topic decides. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | could someone from your staff get back to me regarding the refund for my returned jacket",
        "ru | пусть сотрудник магазина свяжется со мной насчёт гарантийного ремонта сломанной кофемашины",
        "uk | хай хтось із магазину зв'яжеться зі мною щодо промокоду на знижку при оформленні",
        "pl | proszę żeby kierownik skontaktował się ze mną odnośnie naprawy gwarancyjnej zepsutego ekspresu"})
    void givenStaffAskedToGetInTouchAboutATopic_whenWritten_thenQueuedInTheSameTurnWithoutAnAnswer(
            String lang, String message) {
        assertQueuedInTheSameTurnWithoutAnAnswer(lang, message);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | international-shipping | i have a question regarding international shipping to norway",
        "en | return-policy          | can you tell me about the return rules for sale items",
        "ru | refund-timing          | вопрос по поводу возврата денег на карту, сколько ждать",
        "uk | gift-cards             | підкажіть стосовно подарункових сертифікатів",
        "pl | gift-cards             | mam pytanie na temat kart podarunkowych"})
    void givenAQuestionAboutATopic_whenWritten_thenThatTopicIsAnswered(String lang, String faqId, String message) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lang);

        Outcome reply = shopper.says(message);

        assertThat(reply.replies().get(0).faqId()).contains(faqId);
    }

    private static void assertQueuedInTheSameTurnWithoutAnAnswer(String lang, String message) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lang);

        Outcome reply = shopper.says(message);

        shopper.assertQueuedFor(reply, HandoffReason.SHOPPER_REQUEST);
        assertThat(reply.replies()).noneMatch(line -> line.faqId().isPresent());
    }
}
