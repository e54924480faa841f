package dev.tandem.intents.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "where is my order 100234                  | ORDER_NUMBER    | 100234",
        "Order No. 10023456 hasn't arrived          | ORDER_NUMBER    | 10023456",
        "order #100981, please check                | ORDER_NUMBER    | 100981",
        "где мой заказ №100234?                     | ORDER_NUMBER    | 100234",
        "заказ номер 1002345 не пришёл              | ORDER_NUMBER    | 1002345",
        "замовлення № 100981 досі не відправили     | ORDER_NUMBER    | 100981",
        "де замовлення #2345678                     | ORDER_NUMBER    | 2345678",
        "zamówienie nr 100234 nie doszło            | ORDER_NUMBER    | 100234",
        "zamowienie 100981                          | ORDER_NUMBER    | 100981",
        "my email is Demo@Example.com               | EMAIL           | demo@example.com",
        "моя почта olena.k+shop@ukr.net             | EMAIL           | olena.k+shop@ukr.net",
        "mój mail: jan_kowalski@wp.pl               | EMAIL           | jan_kowalski@wp.pl",
        "call me on +48 600 700 800                 | PHONE           | +48600700800",
        "мой телефон +380 (44) 123-45-67            | PHONE           | +380441234567",
        "мій номер 067 123 45 67                    | PHONE           | 0671234567",
        "zadzwońcie 600-700-800                     | PHONE           | 600700800",
        "tracking TRK-100234 shows nothing          | TRACKING_NUMBER | TRK-100234",
        "трек RR123456785PL не отслеживается        | TRACKING_NUMBER | RR123456785PL",
        "ТТН 20450012345678                         | TRACKING_NUMBER | 20450012345678",
        "numer paczki 602345678901234567890123      | TRACKING_NUMBER | 602345678901234567890123"})
    void givenAMessageWithAReference_whenExtracted_thenItsTypeAndNormalisedValue(String text, EntityType type, String value) {
        List<Entity> entities = extractor.extract(text);

        assertThat(entities).singleElement().satisfies(entity -> {
            assertThat(entity.type()).isEqualTo(type);
            assertThat(entity.value()).isEqualTo(value);
            assertThat(alphanumeric(text.substring(entity.start(), entity.end()))).isEqualToIgnoringCase(alphanumeric(value));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I ordered on 12.05.2026 and paid 1299.00",
        "delivered 2026-11-25?",
        "I paid 129900 zł",
        "zapłaciłem 150000 PLN a nic nie przyszło",
        "заплатил 250000 грн",
        "сплатила 1500 грн за доставку",
        "order 12345 is too short to be ours",
        "the code was 12345678901",
        "cena 999,99 zł",
        "в 14:00 15.11.2026 было отправлено",
        ""})
    void givenDatesAmountsAndOtherNumbers_whenExtracted_thenNoOrderNumber(String text) {
        assertThat(extractor.extract(text)).noneMatch(entity -> entity.type() == EntityType.ORDER_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "🙂🙂", "\u0000\u0001"})
    void givenNothingToFind_whenExtracted_thenEmptyNotAnError(String text) {
        assertThat(extractor.extract(text)).isEmpty();
    }

    @Test
    void givenSeveralReferences_whenExtracted_thenAllInTheOrderTheyAppear() {
        List<Entity> entities = extractor.extract("order 100234, email demo@example.com, phone +48 600 700 800");

        assertThat(entities).extracting(Entity::type)
                .containsExactly(EntityType.ORDER_NUMBER, EntityType.EMAIL, EntityType.PHONE);
        assertThat(extractor.extract(null)).isEmpty();
        assertThat(extractor.extract("100234 ".repeat(2000))).hasSizeLessThan(400);
    }

    private static String alphanumeric(String text) {
        return text.replaceAll("[^\\p{L}\\d]", "");
    }

    @ParameterizedTest(name = "{0} → [{1}]")
    @CsvSource(delimiter = '|', value = {
        "моя почта someone@example.com             | моя почта",
        "mój mail: jan_kowalski@wp.pl, dzięki       | mój mail: , dzięki",
        "support@shop.example                       | ''",
        "where is my order 100234                  | where is my order 100234",
        "price @ 20 zł                              | price @ 20 zł"})
    void givenAMessage_whenItsEmailAddressesAreTakenOut_thenOnlyTheAddressesGo(String text, String words) {
        assertThat(EntityExtractor.withoutEmailAddresses(text).replaceAll("\\s+", " ")).isEqualTo(words);
    }

    @Test
    void givenLookAlikeAddresses_whenAddressesAreListed_thenEachIsWholeLowerCaseAndOnce() {
        String text = "Ann@Example.org, joann@example.org; ann@example.org.pl and ANN@EXAMPLE.ORG. "
                + "x".repeat(3000) + " late@example.com";

        assertThat(EntityExtractor.emailAddresses(text)).containsExactly("ann@example.org", "joann@example.org",
                "ann@example.org.pl", "late@example.com");
        assertThat(EntityExtractor.emailAddresses("ann at example dot org")).isEmpty();
        assertThat(EntityExtractor.emailAddresses(null)).isEmpty();
    }
}
