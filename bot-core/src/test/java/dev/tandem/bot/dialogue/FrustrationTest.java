package dev.tandem.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrustrationTest {

    static Stream<Arguments> messages() {
        return Stream.of(
                frustrated("a long message in capitals",
                        "WHERE IS MY ORDER I PAID TWO WEEKS AGO",
                        "WHY DOES NOBODY ANSWER ME!!!",
                        "ГДЕ МОЙ ЗАКАЗ, УЖЕ ДВЕ НЕДЕЛИ ЖДУ",
                        "ДЕ МОЄ ЗАМОВЛЕННЯ? ЧЕКАЮ ВЖЕ ТИЖДЕНЬ",
                        "GDZIE JEST MOJE ZAMÓWIENIE, CZEKAM OD TYGODNIA",
                        "GDZIE JEST MOJA PACZKA 100234 ???",
                        "WHERE IS MY PARCEL pls",
                        "PLEASE HELP me"),
                frustrated("English abuse",
                        "you stupid bot",
                        "This is USELESS",
                        "what an idiot",
                        "wtf is this",
                        "fuck this shop",
                        "such a rubbish bot",
                        "you are a moron",
                        "idiotic answers"),
                frustrated("Russian abuse",
                        "ты тупой бот",
                        "Вы идиоты?",
                        "бесполезный бот",
                        "задолбали уже",
                        "какой-то дурацкий ответ",
                        "это говно, а не магазин"),
                frustrated("Ukrainian abuse",
                        "ти дурний бот",
                        "який тупий бот",
                        "ідіотська відповідь",
                        "ви мене задовбали",
                        "набридло чекати"),
                frustrated("Polish abuse",
                        "kurwa gdzie jest paczka",
                        "beznadziejny bot",
                        "to jest żałosne",
                        "wkurza mnie to",
                        "gówno nie obsługa"),
                frustrated("Polish abuse typed without diacritics",
                        "to jest zalosne",
                        "gowno nie obsluga",
                        "wkurzajace, ze nikt nie odpisuje",
                        "KURWA"),
                frustrated("abuse mixing languages",
                        "why is this bot so useless, kurwa",
                        "это просто rubbish bot"),
                calm("an ordinary message",
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
                        ""),
                calm("a word that also names goods or a code",
                        "Do you sell dumbbells?",
                        "I need 10 kg dumbbell",
                        "Вы уже достали товар со склада?",
                        "Бляха для ремня есть?",
                        "Чи є у вас хрін?",
                        "shitake mushrooms",
                        "debilitating back pain, need a pillow",
                        "тупой нож пришёл",
                        "ніж тупий",
                        "SKU: ABCD-EFGH-IJKL")
        ).flatMap(kind -> kind);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("messages")
    void givenAMessage_whenChecked_thenOnlyShoutingAndAbuseShowFrustration(String kind, String text, boolean frustrated) {
        assertThat(Frustration.shows(text)).isEqualTo(frustrated);
    }

    private static Stream<Arguments> frustrated(String kind, String... texts) {
        return Stream.of(texts).map(text -> Arguments.of(kind, text, true));
    }

    private static Stream<Arguments> calm(String kind, String... texts) {
        return Stream.of(texts).map(text -> Arguments.of(kind, text, false));
    }
}
