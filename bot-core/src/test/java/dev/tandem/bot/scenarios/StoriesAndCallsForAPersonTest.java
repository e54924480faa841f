package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.bot.shopper.HandleShopperMessage.Outcome;
import dev.tandem.intents.Language;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Two ways shoppers write that the classifier alone misreads, on the demo shop's real content and models, in each
 * language: a return question told at the end of a long story is answered (the whole message reads as chat outside
 * the shop, or leaves the bot unsure), while a story with no shop question gets no FAQ answer; and "is anyone
 * there?", "call me back" and "you don't understand me" are calls for a person, while asking for the shop's phone
 * number, a greeting alone or a question that names a person at the shop are not.
 */
class StoriesAndCallsForAPersonTest {

    record Lines(Language language, String returnStory, String storyOutsideTheShop, String anyoneThere,
                 Calls calls) {

        @Override
        public String toString() {
            return language.code();
        }
    }

    /** Calls for a person in other words, and messages that only look like one. */
    record Calls(String callMeBack, String youDoNotUnderstandMe, String shopsPhoneNumber, String greetingAlone,
                 String namesAPersonAtTheShop) {
    }

    static Stream<Lines> languages() {
        return Stream.of(
                new Lines(Language.EN,
                        "my mum turned 60 yesterday and we threw her a huge party, i got her a kettle from you but my "
                                + "brother bought her the exact same one haha, is it returnable",
                        "we had a lovely weekend at the lake with the kids, the weather was great and we grilled all day. "
                                + "do you know any good campsites up north",
                        "hi, is anybody there",
                        new Calls("could somebody give me a ring back this afternoon", "you clearly don't understand me",
                                "what number do i call you on", "hello",
                                "is the person who packs the orders careful?")),
                new Lines(Language.RU,
                        "у подруги в субботу была свадьба, купила к ней платье, надела на час потому что праздник "
                                + "отменили лол. его ещё можно вернуть",
                        "провели выходные на озере с детьми, погода была отличная и мы весь день жарили шашлыки. "
                                + "не знаете хороших кемпингов на севере",
                        "есть тут кто-нибудь?",
                        new Calls("перезвоните мне после обеда", "ты меня совсем не понимаешь",
                                "на какой номер вам звонить", "алло",
                                "а тот кто упаковывает заказы аккуратный?")),
                new Lines(Language.UK,
                        "у подруги в суботу було весілля, купила до нього сукню, вдягла на годину бо свято скасували "
                                + "лол. її ще можна повернути",
                        "провели вихідні на озері з дітьми, погода була чудова і ми цілий день смажили шашлики. "
                                + "не знаєте гарних кемпінгів на півночі",
                        "тут є хто-небудь?",
                        new Calls("передзвоніть мені після обіду", "ти мене зовсім не розумієш",
                                "на який номер вам телефонувати", "алло",
                                "а той хто пакує замовлення уважний?")),
                new Lines(Language.PL,
                        "mama miała wczoraj sześćdziesiątkę, zrobiliśmy wielką imprezę, kupiłam jej u was czajnik a brat "
                                + "dał jej identyczny haha. da się go zwrócić?",
                        "spędziliśmy weekend nad jeziorem z dziećmi, pogoda była super i cały dzień grillowaliśmy. "
                                + "znacie jakieś fajne kempingi na północy",
                        "czy jest tu ktoś",
                        new Calls("oddzwońcie do mnie po południu", "w ogóle mnie nie rozumiesz",
                                "na jaki numer mogę do was dzwonić", "halo",
                                "czy osoba która pakuje zamówienia jest ostrożna?")));
    }

    @InEachLanguage
    void givenAReturnQuestionAtTheEndOfAStory_whenWritten_thenTheReturnRulesAreAnswered(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.returnStory());

        assertThat(reply.replies().get(0).faqId()).contains("return-policy");
    }

    @InEachLanguage
    void givenAStoryWithNoShopQuestion_whenWritten_thenNoFaqAnswer(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.storyOutsideTheShop());

        assertThat(reply.replies()).allSatisfy(message -> assertThat(message.faqId()).isEmpty());
    }

    @InEachLanguage
    void givenAnyoneThereAsked_whenWritten_thenQueuedForAPersonInTheSameTurn(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.anyoneThere());

        shopper.assertQueuedFor(reply, HandoffReason.SHOPPER_REQUEST);
    }

    @InEachLanguage
    void givenACallBackOrAFailingBotNamed_whenWritten_thenQueuedForAPersonInTheSameTurn(Lines lines) {
        // Waiting in the queue, the shopper can leave a number for an agent to call (CallbackApiTest).
        for (String call : List.of(lines.calls().callMeBack(), lines.calls().youDoNotUnderstandMe())) {
            ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

            Outcome reply = shopper.says(call);

            assertThat(reply.state()).as(call).isEqualTo(ConversationState.QUEUED);
            assertThat(shopper.conversation().handoffReason()).as(call).contains(HandoffReason.SHOPPER_REQUEST);
        }
    }

    @InEachLanguage
    void givenThePhoneNumberAGreetingOrAPersonAtTheShopNamed_whenWritten_thenNotHeardAsACallForAPerson(Lines lines) {
        Outcome phone = TestShop.withAnnaOnline().shopper(lines.language())
                .says(lines.calls().shopsPhoneNumber());
        assertThat(phone.replies().get(0).faqId()).contains("contact-hours");

        Outcome greeting = TestShop.withAnnaOnline().shopper(lines.language())
                .says(lines.calls().greetingAlone());
        assertThat(greeting.state()).isEqualTo(ConversationState.BOT);

        // An answer whose FAQ entry always hands off (a damaged parcel) may queue it, but not as a request for a person.
        ShopperSession asking = TestShop.withAnnaOnline().shopper(lines.language());
        asking.says(lines.calls().namesAPersonAtTheShop());
        assertThat(asking.conversation().handoffReason()).isNotEqualTo(Optional.of(HandoffReason.SHOPPER_REQUEST));
    }
}
