package dev.tandem.intents.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.intents.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageModelTest {

    @Test
    void givenTheBundledModelCutToTandemsLanguagesAndSaved_whenAsked_thenItGivesTheFullModelsProbabilities()
            throws IOException {
        LanguageDetectorME full = new LanguageDetectorME(OpenNlpLanguageModel.readBundled());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OpenNlpLanguageModel.bundled().write(new DataOutputStream(bytes));

        OpenNlpLanguageModel saved = OpenNlpLanguageModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        for (String text : new String[] {"where is my order", "где мой заказ", "де моє замовлення", "zwrot pieniędzy",
                "gde moy zakaz", "ok", "xyz"}) {
            Map<Language, Double> expected = restricted(full, text);
            Map<Language, Double> actual = saved.probabilities(text);
            assertThat(actual).containsOnlyKeys(expected.keySet());
            expected.forEach((language, p) -> assertThat(actual.get(language)).as(text + " " + language)
                    .isCloseTo(p, within(1e-12)));
        }
    }

    /** What the full 103-language model says of Tandem's languages, renormalised among them. */
    private static Map<Language, Double> restricted(LanguageDetectorME full, String text) {
        Map<String, Language> tandems = Map.of("eng", Language.EN, "rus", Language.RU, "ukr", Language.UK,
                "pol", Language.PL);
        Map<Language, Double> restricted = new EnumMap<>(Language.class);
        for (opennlp.tools.langdetect.Language guess : full.predictLanguages(text)) {
            if (tandems.containsKey(guess.getLang())) {
                restricted.put(tandems.get(guess.getLang()), guess.getConfidence());
            }
        }
        double sum = restricted.values().stream().mapToDouble(Double::doubleValue).sum();
        restricted.replaceAll((language, p) -> p / sum);
        return restricted;
    }
}
