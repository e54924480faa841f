package dev.tandem.intents.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.intents.ContentException;
import dev.tandem.intents.DemoContent;
import dev.tandem.intents.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentCatalogTest {

    @TempDir
    Path content;

    @Test
    void givenDemoShop_whenLoaded_thenEveryIntentHasExamplesInAllFourLanguages() {
        IntentCatalog catalog = DemoContent.catalog();

        assertThat(catalog.intents()).extracting(IntentDefinition::name)
                .contains("greeting", "goodbye", "thanks", "human_agent", "order_status", "complaint", "return_policy");
        assertThat(catalog.intent("human_agent")).get().extracting(IntentDefinition::action).isEqualTo(IntentAction.HANDOFF);
        assertThat(catalog.intent("order_status")).get().extracting(IntentDefinition::action).isEqualTo(IntentAction.ORDER_LOOKUP);
        assertThat(catalog.intents()).allSatisfy(intent -> {
            for (Language language : Language.values()) {
                assertThat(intent.examples(language)).as(intent.name() + " in " + language).hasSizeGreaterThanOrEqualTo(10);
            }
        });
    }

    @Test
    void givenTheSameFiles_whenLoadedTwice_thenTheFingerprintIsTheSameAndChangesWithTheContent() throws IOException {
        write("thanks.yml", "action: smalltalk\nexamples:\n  en: [thanks]\n");
        String before = IntentCatalog.load(content).sha256();

        assertThat(IntentCatalog.load(content).sha256()).isEqualTo(before);
        write("thanks.yml", "action: smalltalk\nexamples:\n  en: [thanks, thank you]\n");
        assertThat(IntentCatalog.load(content).sha256()).isNotEqualTo(before);
    }

    @Test
    void givenBrokenFiles_whenLoaded_thenEveryProblemIsReportedWithFileAndLine() throws IOException {
        write("refund.yml", """
                action: faq
                examples:
                  en:
                    - where is my refund
                    - where is my refund
                  de:
                    - wo ist mein Geld
                colour: blue
                """);
        write("Bad-Name.yml", "action: teleport\nexamples:\n  en: [hi]\n");
        write("broken.yml", "action: faq\nexamples:\n  en: [unclosed\n");

        assertThatThrownBy(() -> IntentCatalog.load(content))
                .isInstanceOf(ContentException.class)
                .satisfies(error -> assertThat(((ContentException) error).problems()).extracting(Object::toString)
                        .anySatisfy(p -> assertThat(p).endsWith("refund.yml:5: example 'where is my refund' is listed twice"))
                        .anySatisfy(p -> assertThat(p).endsWith("refund.yml:6: unknown language 'de'; use en, ru, uk or pl"))
                        .anySatisfy(p -> assertThat(p).contains("refund.yml:8: unknown key 'colour'"))
                        .anySatisfy(p -> assertThat(p).contains("Bad-Name.yml:1: intent name 'Bad-Name' must be snake_case"))
                        .anySatisfy(p -> assertThat(p).contains("Bad-Name.yml:1: unknown action 'teleport'"))
                        .anySatisfy(p -> assertThat(p).contains("broken.yml:").contains("not valid YAML")));
    }

    @Test
    void givenNoIntentsDirectory_whenLoaded_thenRefusedNamingTheDirectory() {
        assertThatThrownBy(() -> IntentCatalog.load(content))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("intents").hasMessageContaining("missing");
    }

    private void write(String name, String yaml) throws IOException {
        Files.createDirectories(content.resolve("intents"));
        Files.writeString(content.resolve("intents").resolve(name), yaml);
    }
}
