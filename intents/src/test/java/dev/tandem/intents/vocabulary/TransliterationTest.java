package dev.tandem.intents.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    @ParameterizedTest(name = "{1}: {0} → {2}")
    @CsvSource({
        "gde,         RU, где",
        "moy,         RU, мой",
        "vy,          RU, вы",
        "hochu,       RU, хочу",
        "shchetka,    RU, щетка",
        "zamovlennya, UK, замовлення",
        "moye,        UK, моє",
        "hroshi,      UK, гроші",
        "pryvit,      UK, привіт",
        "yizhak,      UK, їжак"})
    void givenLatinTypedWords_whenToCyrillic_thenTheCommonSpelling(String latin, Language language, String cyrillic) {
        assertThat(Transliteration.toCyrillic(latin, language)).isEqualTo(cyrillic);
    }

    @ParameterizedTest(name = "{1}: {0} → {2}")
    @CsvSource({
        "где мой заказ,     RU, gde moy zakaz",
        "де моє замовлення, UK, de moye zamovlennya",
        "щётка,             RU, shchyotka",
        "hello,             RU, hello"})
    void givenCyrillic_whenToLatin_thenAsShoppersTypeIt(String cyrillic, Language language, String latin) {
        assertThat(Transliteration.toLatin(cyrillic, language)).isEqualTo(latin);
    }

    @ParameterizedTest(name = "{1}: {0} → {2}")
    @CsvSource({
        "мой хлеб,      RU, moi hleb",
        "щука цапля,    RU, schuka caplya",
        "гарний їжак,   UK, garnyi izhak",
        "моє,           UK, moe"})
    void givenCyrillic_whenToLatinLoosely_thenTheOtherCommonSpelling(String cyrillic, Language language, String latin) {
        assertThat(Transliteration.toLatinLoosely(cyrillic, language)).isEqualTo(latin);
    }
}
