package dev.tandem.kb.canned;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CannedResponsesTest {

    private static final Path DEMO = Path.of("..", "content", "demo-shop");
    private static final List<String> EVERYDAY_REPLIES = List.of("greeting", "ask-order-number", "ask-damage-photos",
            "refund-confirmed", "delay-apology", "transfer-to-colleague", "closing", "rate-chat");

    private static CannedResponses demo;

    @BeforeAll
    static void loadTheDemoShop() {
        demo = CannedResponses.load(DEMO);
    }

    @Test
    void givenDemoShop_whenLoaded_thenEveryResponseExistsInAllFourLanguagesWithoutProblems() {
        assertThat(demo.problems()).isEmpty();
        assertThat(demo.all()).hasSizeBetween(8, 10);
        for (CannedResponse response : demo.all()) {
            for (String language : CannedResponse.LANGUAGES) {
                assertThat(response.title(language)).as(response.id() + " title " + language).isNotBlank();
                assertThat(response.text(language)).as(response.id() + " text " + language).isNotBlank();
            }
        }
    }

    @Test
    void givenDemoShop_whenLoaded_thenTheAgentsEverydayRepliesAreThere() {
        assertThat(demo.all()).extracting(CannedResponse::id).containsAll(EVERYDAY_REPLIES);
        assertThat(demo.byId("greeting").orElseThrow().placeholders()).contains("name", "agentName");
        assertThat(demo.byId("no-such-reply")).isEmpty();
    }

    @Test
    void givenDemoShop_whenLoaded_thenEveryLanguageIsReallyWrittenInThatLanguage() {
        for (CannedResponse response : demo.all()) {
            assertThat(response.text("en")).as(response.id()).doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(response.text("pl")).as(response.id()).doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(response.text("ru")).as(response.id()).containsPattern("\\p{IsCyrillic}").doesNotContainPattern("[іїєґ]");
            assertThat(response.text("uk")).as(response.id()).containsPattern("[іїєґ]").doesNotContainPattern("[ыэъё]");
        }
    }

    @Test
    void givenDemoShop_whenListedForALanguage_thenSortedByTitleTheWayThatLanguageSortsWords() {
        for (String language : CannedResponse.LANGUAGES) {
            List<String> titles = demo.forLanguage(language).stream().map(response -> response.title(language)).toList();
            Collator collator = Collator.getInstance(Locale.forLanguageTag(language));

            assertThat(titles).as(language).hasSize(demo.all().size()).isSortedAccordingTo(collator);
        }
        assertThat(demo.forLanguage("en").get(0).id()).isEqualTo("delay-apology");
        assertThat(demo.forLanguage("ru").get(0).id()).isEqualTo("refund-confirmed");
    }

    @Test
    void givenDemoGreeting_whenRenderedForAUkrainianShopper_thenTheShopperAndTheAgentAreNamed() {
        String greeting = demo.byId("greeting").orElseThrow().render("uk", Map.of("name", "Олено", "agentName", "Марта"));

        assertThat(greeting).startsWith("Вітаю, Олено!").contains("Мене звати Марта").doesNotContain("{");
    }

    @Test
    void givenDemoRefund_whenRenderedWithoutTheOrderNumber_thenThePlaceholderShowsWhatIsLeftToFillIn() {
        String refund = demo.byId("refund-confirmed").orElseThrow().render("pl", Map.of("name", "Ania"));

        assertThat(refund).contains("za zamówienie {orderNumber}");
    }

    @Test
    void givenContentWithoutACannedDirectory_whenLoaded_thenNoResponsesAndNoProblems(@TempDir Path content) {
        CannedResponses none = CannedResponses.load(content);

        assertThat(none.all()).isEmpty();
        assertThat(none.problems()).isEmpty();
        assertThat(none.forLanguage("pl")).isEmpty();
    }
}
