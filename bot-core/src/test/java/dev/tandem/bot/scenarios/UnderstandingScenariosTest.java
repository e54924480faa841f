package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.shopper.HandleShopperMessage.Outcome;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.DialogueSettings;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.intents.Language;
import java.util.stream.Stream;

/**
 * How the bot reads a message in context, in each of the four languages, on the demo shop's real content and
 * models: what is not the shop's business gets no FAQ answer, a request for a person in indirect words is heard,
 * small talk does not swallow a request, an order number does not turn a change or a cancellation into a
 * lookup, two requests in one message are not answered as one, and small talk ("are you there?", "thanks", "ok")
 * gets a short answer of its own.
 */
class UnderstandingScenariosTest {

    /** What a shopper writes in each language. */
    record Lines(Language language, String outOfScope, String indirectPerson, String greetingThenRequest,
                 String requestFaqId, String orderRequestWithNumber, String orderRequestFaqId,
                 String twoRequests, SmallTalk smallTalk) {

        @Override
        public String toString() {
            return language.code();
        }
    }

    /** Small talk alone, and small talk with a request in the same message. */
    record SmallTalk(String presence, String thanks, String acknowledgement, String withRequest,
                     String requestFaqId) {
    }

    static Stream<Lines> languages() {
        return Stream.of(
                new Lines(Language.EN, "any idea if it'll be warm and sunny this saturday",
                        "could i chat with a real human being please",
                        "hey hello good morning, how long until a refund lands on my card", "refund-timing",
                        "order 100876 - i need to update it", "order-change",
                        "How long does a refund take? Also, which payment methods can I use?",
                        new SmallTalk("are you there?", "thanks", "ok",
                                "ok thanks, and how do i send back a jacket that doesn't fit", "return-how-to")),
                new Lines(Language.RU, "не знаете, будет тепло и солнечно в эту субботу?",
                        "есть тут хоть одна живая душа с кем поговорить",
                        "привет, добрый день, через сколько дней деньги вернутся на карту", "refund-timing",
                        "заказ 100876, хочу от него отказаться", "order-cancel",
                        "Через сколько вернутся деньги? И ещё, какие способы оплаты у вас есть?",
                        new SmallTalk("вы там?", "спасибо", "ок",
                                "ок спасибо, а какие у вас способы оплаты", "payment-methods")),
                new Lines(Language.UK, "не знаєте, чи буде тепло і сонячно цієї суботи?",
                        "чи є тут хоч одна жива душа з ким поговорити",
                        "привіт, добрий день, через скільки днів гроші повернуться на картку", "refund-timing",
                        "щодо замовлення 100876, можна ще щось у ньому поміняти", "order-change",
                        "Через скільки повернуть гроші? І ще, які способи оплати у вас є?",
                        new SmallTalk("ви там?", "дякую", "ок",
                                "ок дякую, а які у вас способи оплати", "payment-methods")),
                new Lines(Language.PL, "nie wiesz czy w tę sobotę będzie ciepło i słonecznie",
                        "jest tu jakaś żywa dusza do pogadania",
                        "hej dzień dobry, po ilu dniach pieniądze wrócą na kartę", "refund-timing",
                        "zamówienie 100876 - muszę je zaktualizować", "order-change",
                        "Ile trwa zwrot pieniędzy? I jeszcze, jakie metody płatności akceptujecie?",
                        new SmallTalk("jesteś tam?", "dzięki", "ok",
                                "ok dzięki, a jakie metody płatności akceptujecie", "payment-methods")));
    }

    @InEachLanguage
    void givenChatOutsideTheShop_whenWritten_thenTheBotSaysWhatItCanHelpWithAndAnswersNoFaq(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.outOfScope());

        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
        assertThat(reply.replies()).singleElement().satisfies(message -> {
            assertThat(message.faqId()).isEmpty();
            assertThat(message.quickReplies()).contains(BotTexts.text(lines.language(), "quick-reply.human"));
        });
        assertThat(shopper.lastMessageBy(Author.SHOPPER).intent()).contains("out_of_scope");
        if (shopper.lastMessageBy(Author.SHOPPER).confidence().orElseThrow()
                >= DialogueSettings.defaults().thresholds().intentConfidence()) {
            assertThat(reply.replies().get(0).text()).isEqualTo(BotTexts.text(lines.language(), "out-of-scope"));
        }
    }

    @InEachLanguage
    void givenAPersonAskedForInIndirectWords_whenWritten_thenQueuedInTheSameTurn(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.indirectPerson());

        shopper.assertQueuedFor(reply, HandoffReason.SHOPPER_REQUEST);
    }

    @InEachLanguage
    void givenAGreetingFollowedByARequest_whenWritten_thenTheRequestIsAnswered(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.greetingThenRequest());

        assertThat(reply.replies().get(0).faqId()).contains(lines.requestFaqId());
    }

    @InEachLanguage
    void givenAChangeOrCancellationOfANumberedOrder_whenWritten_thenItsAnswerNotAnOrderLookup(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.orderRequestWithNumber());

        assertThat(shopper.lastMessageBy(Author.SHOPPER).intent()).contains(lines.orderRequestFaqId().replace('-', '_'));
        assertThat(reply.replies().get(0).faqId().orElse(lines.orderRequestFaqId()))
                .as("answered from its entry, or asked about when unsure, never looked up")
                .isEqualTo(lines.orderRequestFaqId());
    }

    @InEachLanguage
    void givenTwoQuestionsInOneMessage_whenWritten_thenTheShopperIsAskedWhichFirst(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.twoRequests());

        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
        assertThat(reply.replies()).singleElement().satisfies(question -> {
            assertThat(question.faqId()).isEmpty();
            assertThat(question.text()).isEqualTo(BotTexts.text(lines.language(), "which-first"));
            assertThat(question.quickReplies()).hasSize(2);
        });

        Outcome answer = shopper.says(reply.replies().get(0).quickReplies().get(1));
        assertThat(answer.replies().get(0).faqId()).contains("payment-methods");
    }

    @InEachLanguage
    void givenSmallTalk_whenWritten_thenAShortAnswerInTheShoppersLanguageNotAClarifyingQuestion(Lines lines) {
        Language language = lines.language();
        assertThat(answerTo(language, lines.smallTalk().presence()))
                .isEqualTo(BotTexts.text(language, "smalltalk.presence"));
        assertThat(answerTo(language, lines.smallTalk().thanks()))
                .isEqualTo(BotTexts.text(language, "smalltalk.thanks"));
        assertThat(answerTo(language, lines.smallTalk().acknowledgement()))
                .isEqualTo(BotTexts.text(language, "smalltalk.acknowledgement"));
    }

    @InEachLanguage
    void givenSmallTalkAndARequestInOneMessage_whenWritten_thenTheRequestIsAnswered(Lines lines) {
        ShopperSession shopper = TestShop.withAnnaOnline().shopper(lines.language());

        Outcome reply = shopper.says(lines.smallTalk().withRequest());

        assertThat(reply.replies().get(0).faqId()).contains(lines.smallTalk().requestFaqId());
    }

    /** The bot's one reply to a message opening a new conversation. */
    private static String answerTo(Language language, String text) {
        Outcome reply = TestShop.withAnnaOnline().shopper(language).says(text);
        assertThat(reply.state()).isEqualTo(ConversationState.BOT);
        assertThat(reply.replies()).as("the answer to '%s'", text).singleElement()
                .satisfies(message -> assertThat(message.faqId()).isEmpty());
        return reply.replies().get(0).text();
    }
}
