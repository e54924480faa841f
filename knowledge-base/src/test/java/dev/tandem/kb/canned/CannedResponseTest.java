package dev.tandem.kb.canned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CannedResponseTest {

    private static final CannedResponse TRACKING = new CannedResponse("share-tracking-number",
            Map.of("en", "Tracking number", "ru", "Номер отслеживания", "uk", "Номер відстеження", "pl", "Numer przesyłki"),
            Map.of("en", "Hi {name}, order {orderNumber} ships as {trackingNumber}. {agentName}",
                    "ru", "{name}, заказ {orderNumber} отправлен: {trackingNumber}. {agentName}",
                    "uk", "{name}, замовлення {orderNumber} відправлено: {trackingNumber}. {agentName}",
                    "pl", "{name}, zamówienie {orderNumber} wysłane: {trackingNumber}. {agentName}"),
            Path.of("canned", "share-tracking-number.yml"));

    @Test
    void givenEveryVariable_whenRendered_thenEveryPlaceholderIsFilledIn() {
        Map<String, String> variables = Map.of("name", "Olena", "orderNumber", "10045872",
                "trackingNumber", "20450000123456", "agentName", "Marta");

        assertThat(TRACKING.render("uk", variables))
                .isEqualTo("Olena, замовлення 10045872 відправлено: 20450000123456. Marta");
        assertThat(TRACKING.render("en", variables))
                .isEqualTo("Hi Olena, order 10045872 ships as 20450000123456. Marta");
    }

    @Test
    void givenMissingOrBlankVariables_whenRendered_thenTheirPlaceholdersStayVisibleForTheAgentToFillIn() {
        Map<String, String> variables = new HashMap<>();
        variables.put("name", "  ");
        variables.put("orderNumber", "10045872");
        variables.put("trackingNumber", null);

        assertThat(TRACKING.render("pl", variables))
                .isEqualTo("{name}, zamówienie 10045872 wysłane: {trackingNumber}. {agentName}");
        assertThat(TRACKING.render("ru", Map.of())).isEqualTo(TRACKING.text("ru"));
    }

    @Test
    void givenValuesWithDollarsBracesAndSpaces_whenRendered_thenInsertedLiterallyAndNeverExpandedAgain() {
        Map<String, String> variables = Map.of("name", " $1 \\{orderNumber} ", "orderNumber", "A&B", "unused", "x");

        assertThat(TRACKING.render("en", variables))
                .isEqualTo("Hi $1 \\{orderNumber}, order A&B ships as {trackingNumber}. {agentName}");
    }

    @Test
    void givenAText_whenAskedForItsPlaceholders_thenTheyComeInOrderOfFirstUse() {
        assertThat(TRACKING.placeholders()).containsExactly("name", "orderNumber", "trackingNumber", "agentName");
    }

    @Test
    void givenALanguageOutsideTheFour_whenRenderedOrTitled_thenRejectedLoudly() {
        assertThatThrownBy(() -> TRACKING.render("de", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de'");
        assertThatThrownBy(() -> TRACKING.title("EN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenALanguageMissing_whenConstructed_thenRejected() {
        assertThatThrownBy(() -> new CannedResponse("x", Map.of("en", "T"), Map.of("en", "Text"), Path.of("x.yml")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks language 'ru'");
    }
}
