package dev.tandem.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestTopicTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | Could someone call me ABOUT my refund         | Could someone call me",
        "en | can someone call me re:the broken blender      | can someone call me",
        "en | please write to me with regards to the invoice | please write to me",
        "ru | пусть менеджер позвонит мне насчет возврата    | пусть менеджер позвонит мне",
        "uk | нехай оператор напише мені з   приводу обміну  | нехай оператор напише мені",
        "pl | niech ktoś napisze odnosnie zwrotu             | niech ktoś napisze"})
    void givenAClauseNamingItsTopic_whenRead_thenTheRequestBeforeTheTopicIsTaken(
            String lang, String clause, String request) {
        assertThat(RequestTopic.requestBefore(clause, language(lang))).contains(request);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | about my refund: can someone call me",
        "en | i need the whereabouts of my parcel",
        "en | are: you open on sunday",
        "pl | proszę o zwrot pieniędzy",
        "ru | можно продлить срок возврата"})
    void givenNoTopicAfterARequest_whenRead_thenNothingIsTaken(String lang, String clause) {
        assertThat(RequestTopic.requestBefore(clause, language(lang))).isEqualTo(Optional.empty());
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow();
    }
}
