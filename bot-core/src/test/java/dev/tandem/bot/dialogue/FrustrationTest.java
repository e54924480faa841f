package dev.tandem.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrustrationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "WHERE IS MY ORDER I PAID TWO WEEKS AGO",
            "WHY DOES NOBODY ANSWER ME!!!",
            "ГДЕ МОЙ ЗАКАЗ, УЖЕ ДВЕ НЕДЕЛИ ЖДУ",
            "ДЕ МОЄ ЗАМОВЛЕННЯ? ЧЕКАЮ ВЖЕ ТИЖДЕНЬ",
            "GDZIE JEST MOJE ZAMÓWIENIE, CZEKAM OD TYGODNIA",
            "GDZIE JEST MOJA PACZKA 100234 ???",
            "WHERE IS MY PARCEL pls",
            "PLEASE HELP me"})
    void givenALongMessageInCapitals_whenChecked_thenItIsShouting(String text) {
        assertThat(Frustration.shows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "you stupid bot",
            "This is USELESS",
            "what an idiot",
            "wtf is this",
            "fuck this shop",
            "such a rubbish bot",
            "you are a moron",
            "idiotic answers"})
    void givenEnglishAbuse_whenChecked_thenItCounts(String text) {
        assertThat(Frustration.shows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ты тупой бот",
            "Вы идиоты?",
            "бесполезный бот",
            "задолбали уже",
            "какой-то дурацкий ответ",
            "это говно, а не магазин"})
    void givenRussianAbuse_whenChecked_thenItCounts(String text) {
        assertThat(Frustration.shows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ти дурний бот",
            "який тупий бот",
            "ідіотська відповідь",
            "ви мене задовбали",
            "набридло чекати"})
    void givenUkrainianAbuse_whenChecked_thenItCounts(String text) {
        assertThat(Frustration.shows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kurwa gdzie jest paczka",
            "beznadziejny bot",
            "to jest żałosne",
            "wkurza mnie to",
            "gówno nie obsługa"})
    void givenPolishAbuse_whenChecked_thenItCounts(String text) {
        assertThat(Frustration.shows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "to jest zalosne",
            "gowno nie obsluga",
            "wkurzajace, ze nikt nie odpisuje",
            "KURWA"})
    void givenPolishAbuseTypedWithoutDiacritics_whenChecked_thenItStillCounts(String text) {
        assertThat(Frustration.shows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "why is this bot so useless, kurwa",
            "это просто rubbish bot"})
    void givenAbuseMixingLanguages_whenChecked_thenItCounts(String text) {
        assertThat(Frustration.shows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ORDER 100234",
            "I need a DVD",
            "OK",
            "OK THANKS",
            "WHERE IS IT",
            "WHERE IS MY PARCEL, it is late",
            "PLEASE HELP now",
            "My DHL and DPD parcels did not arrive",
            "Please send it to ul. Długa 5, Warszawa",
            "głupio mi pytać",
            "glupio mi pytac, ale gdzie jest paczka?",
            "доставка в Україну",
            "Где мой заказ?",
            "Чи є доставка до Львова?",
            "Czy wysyłacie do Niemiec?",
            "I want to scrap my order",
            "Is the shirt available in size M?",
            ""})
    void givenAnOrdinaryMessage_whenChecked_thenItDoesNotCount(String text) {
        assertThat(Frustration.shows(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Do you sell dumbbells?",
            "I need 10 kg dumbbell",
            "Вы уже достали товар со склада?",
            "Бляха для ремня есть?",
            "Чи є у вас хрін?",
            "shitake mushrooms",
            "debilitating back pain, need a pillow",
            "тупой нож пришёл",
            "ніж тупий",
            "SKU: ABCD-EFGH-IJKL"})
    void givenWordsThatAlsoNameGoodsOrCodes_whenChecked_thenNotFrustration(String text) {
        assertThat(Frustration.shows(text)).isFalse();
    }
}
