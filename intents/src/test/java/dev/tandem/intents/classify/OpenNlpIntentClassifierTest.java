package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.DemoContent;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.catalog.IntentDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenNlpIntentClassifierTest {

    private static OpenNlpIntentClassifier classifier;

    @BeforeAll
    static void trainOnTheDemoShop() {
        classifier = OpenNlpIntentClassifier.train(DemoContent.catalog());
        DemoContent.share(classifier);
    }

    /** Phrasings written for this test, not copied from the intent files. */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "EN | could I talk to a real human please        | human_agent",
        "EN | which ways can I pay                        | payment_methods",
        "EN | the blender arrived broken                  | damaged_item",
        "RU | соедините меня с живым оператором           | human_agent",
        "RU | можно заплатить картой?                     | payment_methods",
        "RU | забыл свой пароль от аккаунта               | account_password",
        "UK | хочу поговорити з людиною                   | human_agent",
        "UK | скільки коштує доставка новою поштою        | shipping_options",
        "UK | як скасувати моє замовлення                 | order_cancel",
        "PL | chce porozmawiac z konsultantem             | human_agent",
        "PL | ile kosztuje wysylka do paczkomatu          | shipping_options",
        "PL | zapomniałam hasła do konta                  | account_password"})
    void givenFreshPhrasing_whenClassified_thenTheRightIntentIsBest(Language language, String text, String intent) {
        IntentPrediction prediction = classifier.classify(text, language);

        assertThat(prediction.best().intent()).isEqualTo(intent);
        assertThat(prediction.best().confidence()).isBetween(0.0, 1.0);
    }

    /**
     * Words the intent examples never use, Latin-typed Russian and Ukrainian, Polish without diacritics and
     * English words in Slavic messages: understood through the shop's vocabulary (synonyms files, the examples'
     * own words), not through examples of these phrasings.
     */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "EN | please send me the bill for my purchase     | invoice",
        "EN | pwd reset                                   | account_password",
        "EN | what's the ETA                              | shipping_time",
        "RU | gde moy zakaz                               | order_status",
        "RU | kak oformit vozvrat                         | return_how_to",
        "UK | de moye zamovlennya                         | order_status",
        "UK | skilky koshtuye dostavka                    | shipping_options",
        "UK | де мій order 100234                         | order_status",
        "PL | gdzie jest moje zamowienie                  | order_status",
        "PL | zapomnialem hasla                           | account_password"})
    void givenWordsOfTheShopsVocabulary_whenClassified_thenTheRightIntentIsBest(Language language, String text,
                                                                              String intent) {
        assertThat(classifier.classify(text, language).best().intent()).isEqualTo(intent);
    }

    @Test
    void givenAnyMessage_whenClassified_thenGuessesAreRankedWithConfidencesInTheUnitInterval() {
        IntentPrediction prediction = classifier.classify("where is my order", Language.EN);

        assertThat(prediction.ranked()).hasSizeGreaterThan(1);
        assertThat(prediction.ranked()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(prediction.ranked()).allSatisfy(guess -> assertThat(guess.confidence()).isBetween(0.0, 1.0));
        assertThat(prediction.runnerUp()).isPresent();
    }

    @Test
    void givenNothingClassifiable_whenClassified_thenAnEmptyPredictionNotAnError() {
        assertThat(classifier.classify("", Language.EN).ranked()).isEmpty();
        assertThat(classifier.classify("🙂🙂🙂", Language.PL).best().confidence()).isZero();
        assertThat(classifier.classify("\u0000\u0001\u0002", Language.RU).ranked()).isEmpty();
        assertThat(classifier.classify("return ".repeat(5_000), Language.EN).best().intent()).isNotEmpty();
    }

    @Test
    void givenSavedModel_whenLoaded_thenItClassifiesExactlyLikeTheTrainedOne() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classifier.save(bytes);

        OpenNlpIntentClassifier loaded = OpenNlpIntentClassifier.load(new ByteArrayInputStream(bytes.toByteArray()));

        for (String text : new String[] {"gdzie jest moja paczka", "хочу вернуть деньги", "gift card balance"}) {
            assertThat(loaded.classify(text, Language.EN)).isEqualTo(classifier.classify(text, Language.EN));
        }
    }

    /** The time limit only turns a training that never returns into a failure; it is no speed budget. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void givenTwoIntentsWithTheSameExamples_whenTrained_thenNeitherIsFavouredAndTheModelSavesAndLoads() throws IOException {
        List<String> same = List.of("when do I get my money back", "refund not received yet",
                "how many days for the refund", "money back to my card when");

        OpenNlpIntentClassifier trained = OpenNlpIntentClassifier.train(List.of(
                new IntentDefinition("refund_timing", IntentAction.FAQ, Map.of(Language.EN, same)),
                new IntentDefinition("shipping_time", IntentAction.FAQ, Map.of(Language.EN, same))));

        IntentPrediction prediction = trained.classify("refund still pending", Language.EN);
        assertThat(prediction.ranked()).extracting(ScoredIntent::intent)
                .containsExactlyInAnyOrder("refund_timing", "shipping_time");
        assertThat(prediction.best().confidence()).isPositive().isEqualTo(prediction.runnerUp().orElseThrow().confidence());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.save(bytes);
        assertThat(OpenNlpIntentClassifier.load(new ByteArrayInputStream(bytes.toByteArray()))
                .classify("refund still pending", Language.EN)).isEqualTo(prediction);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void givenASingleIntent_whenTrained_thenEveryMessageIsThatIntent() {
        OpenNlpIntentClassifier trained = OpenNlpIntentClassifier.train(List.of(new IntentDefinition("greeting",
                IntentAction.SMALLTALK, Map.of(Language.PL, List.of("dzień dobry", "cześć", "hej")))));

        assertThat(trained.classify("cześć wszystkim", Language.PL).ranked()).extracting(ScoredIntent::intent)
                .containsExactly("greeting");
    }
}
