package dev.tandem.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.team.Agent;
import dev.tandem.bot.shopper.ConversationNotRatableException;
import dev.tandem.bot.shopper.HandleShopperMessage.Outcome;
import dev.tandem.bot.shopper.Rating;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.agentdesk.AgentDesk;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.fixtures.ShopperSession;
import dev.tandem.bot.fixtures.TestShop;
import dev.tandem.bot.queue.BusinessHours;
import dev.tandem.intents.Language;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whole dialogues, scripted as a shopper and agents would live them, in each of the four languages, on
 * the demo shop's real content and models.
 */
class DialogueScenariosTest {

    private static final Agent OLEK = new Agent("olek", Set.of(), 3);

    /** What a shopper writes in each language. */
    record Lines(Language language, String faqQuestion, String faqId, String otherFaqQuestion, String askForPerson,
                 String unclear, String stillUnclear, String email) {

        String yes() {
            return BotTexts.text(language, "quick-reply.helpful");
        }

        String no() {
            return BotTexts.text(language, "quick-reply.unhelpful");
        }

        String person() {
            return BotTexts.text(language, "quick-reply.human");
        }

        @Override
        public String toString() {
            return language.code();
        }
    }

    static Stream<Lines> languages() {
        return Stream.of(
                new Lines(Language.EN, "how many days do I have to return something", "return-policy",
                        "which payment methods do you accept", "I want to talk to a real person",
                        "purple elephants dance on tuesdays", "blue giraffes sing loudly", "jane.doe@example.com"),
                new Lines(Language.RU, "сколько дней есть на возврат товара", "return-policy",
                        "какие способы оплаты у вас есть", "хочу поговорить с живым человеком",
                        "фиолетовые слоны танцуют по вторникам", "синие жирафы громко поют", "ivan@example.ru"),
                new Lines(Language.UK, "скільки днів є на повернення товару", "return-policy",
                        "які способи оплати у вас є", "хочу поговорити з живою людиною",
                        "фіолетові слони танцюють по вівторках", "сині жирафи голосно співають", "oksana@example.com.ua"),
                new Lines(Language.PL, "ile mam dni na zwrot towaru", "return-policy",
                        "jakie metody płatności akceptujecie", "chcę porozmawiać z człowiekiem",
                        "fioletowe słonie tańczą we wtorki", "niebieskie żyrafy głośno śpiewają", "jan.kowalski@example.pl"));
    }

    @InEachLanguage
    void givenFaqQuestion_whenAnsweredAndRatedHelpful_thenTheVoteIsKeptAndTheBotChatCanBeRated(Lines lines) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lines.language());

        Outcome answer = shopper.says(lines.faqQuestion());
        assertThat(answer.state()).isEqualTo(ConversationState.BOT);
        assertThat(answer.replies().get(0).faqId()).contains(lines.faqId());
        assertThat(answer.replies().get(1).quickReplies()).containsExactly(lines.yes(), lines.no());

        Outcome thanked = shopper.says(lines.yes());
        assertThat(thanked.replies()).singleElement().satisfies(reply ->
                assertThat(reply.text()).isEqualTo(BotTexts.text(lines.language(), "helpful.thanks")));
        Message answered = shopper.transcript().stream().filter(m -> m.faqId().isPresent()).findFirst().orElseThrow();
        assertThat(answered.helpful()).contains(true);

        Rating rating = shopper.rates(5);
        assertThat(rating.handledByAgent()).isFalse();
        assertThatThrownBy(() -> shopper.rates(4)).isInstanceOf(ConversationNotRatableException.class);
    }

    @InEachLanguage
    void givenAGreetingOnly_whenRated_thenRefusedButOnceTheBotAnsweredAQuestionTheChatCanBeRatedWithoutAVote(Lines lines) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lines.language());
        assertThatThrownBy(() -> shopper.rates(3)).isInstanceOf(ConversationNotRatableException.class);

        shopper.says(lines.faqQuestion());

        // The shopper went quiet (or said goodbye) instead of voting: the bot's answer is still what they rate.
        assertThat(shopper.rates(2).handledByAgent()).isFalse();
    }

    @InEachLanguage
    void givenAnEmailWrittenToTheBot_whenNobodyIsOnlineAtTheHandoff_thenTheShopperIsNotAskedForItAgain(Lines lines) {
        TestShop shop = closedForTheNight();
        ShopperSession shopper = shop.shopper(lines.language());

        shopper.says(lines.faqQuestion() + " " + lines.email());
        assertThat(shopper.conversation().contactEmail()).contains(lines.email());
        Outcome handedOff = shopper.says(lines.askForPerson());

        assertThat(handedOff.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(handedOff.replies()).singleElement().satisfies(notice -> assertThat(notice.text())
                .endsWith(afterTheOpeningTime(lines.language(), "queue.closed-by-mail"))
                .doesNotContain(afterTheOpeningTime(lines.language(), "queue.closed")));
    }

    /** What a "we are back on …" text says after the time: the request for an address, or the promise to write. */
    private static String afterTheOpeningTime(Language language, String key) {
        return BotTexts.text(language, key, "\u0000").split("\u0000")[1];
    }

    @InEachLanguage
    void givenAnswerRatedUnhelpful_whenTheShopperWantsAPerson_thenHandedOffAsUnhelpfulAnswer(Lines lines) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lines.language());
        shopper.says(lines.faqQuestion());

        Outcome sorry = shopper.says(lines.no());
        assertThat(shop.store.events()).filteredOn(event -> event.type().name().equals("UNANSWERED"))
                .as("the question the answer did not help with is shown to editors").singleElement()
                .satisfies(event -> assertThat(event.detail().orElseThrow()).endsWith(lines.faqQuestion()));
        assertThat(sorry.state()).isEqualTo(ConversationState.BOT);
        assertThat(sorry.replies()).singleElement().satisfies(reply -> assertThat(reply.quickReplies()).containsExactly(lines.person()));

        Outcome handedOff = shopper.says(lines.person());
        assertThat(handedOff.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shopper.conversation().handoffReason()).contains(HandoffReason.UNHELPFUL_ANSWER);
        assertThat(handedOff.queue()).hasValueSatisfying(status -> {
            assertThat(status.position()).isEqualTo(1);
            assertThat(status.estimatedWait()).isPresent();
        });
        assertThat(handedOff.replies()).singleElement().satisfies(notice ->
                assertThat(notice.language()).contains(lines.language().code()));
    }

    @InEachLanguage
    void givenTwoMessagesTheBotCannotPlace_whenWritten_thenItAsksOnceThenHandsOff(Lines lines) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lines.language());

        Outcome clarify = shopper.says(lines.unclear());
        assertThat(clarify.state()).isEqualTo(ConversationState.BOT);
        assertThat(clarify.replies()).singleElement().satisfies(question -> {
            assertThat(question.text()).isEqualTo(BotTexts.text(lines.language(), "clarify"));
            assertThat(question.quickReplies()).hasSize(3).last().isEqualTo(lines.person());
        });

        Outcome handedOff = shopper.says(lines.stillUnclear());
        assertThat(handedOff.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shopper.conversation().handoffReason()).contains(HandoffReason.LOW_CONFIDENCE);
        assertThat(shop.store.events()).filteredOn(event -> event.type().name().equals("UNANSWERED")).hasSize(2);
    }

    @InEachLanguage
    void givenAnFaqAnswer_whenTheShopperAsksForAPersonMidConversation_thenQueuedInTheSameTurn(Lines lines) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lines.language());
        shopper.says(lines.faqQuestion());

        Outcome handedOff = shopper.says(lines.askForPerson());

        assertThat(handedOff.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shopper.conversation().handoffReason()).contains(HandoffReason.SHOPPER_REQUEST);
        assertThat(handedOff.replies()).singleElement().satisfies(notice -> {
            assertThat(notice.author()).isEqualTo(Author.BOT);
            assertThat(notice.text()).startsWith(BotTexts.text(lines.language(), "handoff.shopper-request"));
        });
        assertThat(shopper.says(lines.faqQuestion()).replies()).as("the bot never speaks next to a person").isEmpty();
    }

    @InEachLanguage
    void givenOffHours_whenHandedOff_thenToldWhenTheTeamIsBackAndTheLeftEmailIsKeptForAFollowUp(Lines lines) {
        TestShop shop = closedForTheNight();
        ShopperSession shopper = shop.shopper(lines.language());

        Outcome handedOff = shopper.says(lines.askForPerson());

        assertThat(handedOff.state()).isEqualTo(ConversationState.QUEUED);
        assertThat(handedOff.replies()).singleElement().satisfies(notice -> assertThat(notice.text()).contains("09:00"));
        assertThat(handedOff.queue()).hasValueSatisfying(status -> assertThat(status.estimatedWait()).isEmpty());
        assertThat(shop.store.entries().blockFirst().followUp()).isTrue();

        Outcome confirmed = shopper.says(lines.email());
        assertThat(confirmed.replies()).singleElement().satisfies(notice -> {
            assertThat(notice.author()).isEqualTo(Author.SYSTEM);
            assertThat(notice.text()).contains(lines.email());
        });
        assertThat(shopper.conversation().contactEmail()).contains(lines.email());
    }

    @InEachLanguage
    void givenHandedOffChat_whenAgentsClaimReleaseTransferAndResolve_thenTheShopperIsToldEachStepAndCanRateAndReopen(Lines lines) {
        TestShop shop = TestShop.staffedBy(TestShop.WEDNESDAY_MORNING, TestShop.ANNA, OLEK);
        ShopperSession shopper = shop.shopper(lines.language());
        shopper.says(lines.askForPerson());
        Instant queuedAt = shop.store.entries().blockFirst().queuedAt();
        shop.advance(Duration.ofSeconds(45));

        shop.desk.claim("anna", shopper.id).block();
        assertThat(shopper.lastMessageBy(Author.SYSTEM).text()).isEqualTo(BotTexts.text(lines.language(), "agent.joined", "anna"));
        assertThatThrownBy(() -> shop.desk.claim("olek", shopper.id).block()).hasMessageContaining("anna");

        shop.desk.reply("anna", shopper.id, "Hello, Anna here").block();
        shop.desk.release("anna", shopper.id).block();
        assertThat(shopper.conversation().state()).isEqualTo(ConversationState.QUEUED);
        assertThat(shop.store.entries().blockFirst().queuedAt()).as("back at its old place").isEqualTo(queuedAt);

        shop.desk.claim("anna", shopper.id).block();
        shop.desk.transfer("anna", shopper.id, new AgentDesk.TransferTarget(Optional.of("olek"), Optional.empty())).block();
        assertThat(shopper.conversation().assignedAgent()).contains("olek");
        shop.advance(Duration.ofMinutes(4));
        shop.desk.resolve("olek", shopper.id).block();

        assertThat(shopper.conversation().state()).isEqualTo(ConversationState.CLOSED);
        assertThat(shopper.lastMessageBy(Author.SYSTEM).text()).isEqualTo(BotTexts.text(lines.language(), "agent.resolved", "olek"));
        assertThat(shopper.rates(4).agent()).contains("olek");

        Outcome reopened = shopper.says(lines.otherFaqQuestion());
        assertThat(reopened.state()).isEqualTo(ConversationState.BOT);
        assertThat(reopened.replies().get(0).faqId()).contains("payment-methods");
        assertThat(shopper.transcript()).extracting(Message::seq)
                .as("one transcript, numbered without gaps").containsExactlyElementsOf(
                        java.util.stream.LongStream.rangeClosed(1, shopper.conversation().lastSeq()).boxed().toList());
    }

    @InEachLanguage
    void givenAssignedChat_whenReturnedToTheBot_thenTheBotAnswersAgainWithTheHistoryKept(Lines lines) {
        TestShop shop = TestShop.withAnnaOnline();
        ShopperSession shopper = shop.shopper(lines.language());
        shopper.says(lines.askForPerson());
        shop.desk.claim("anna", shopper.id).block();

        shop.desk.returnToBot("anna", shopper.id).block();

        assertThat(shopper.lastMessageBy(Author.SYSTEM).text()).isEqualTo(BotTexts.text(lines.language(), "agent.returned"));
        Outcome answer = shopper.says(lines.faqQuestion());
        assertThat(answer.state()).isEqualTo(ConversationState.BOT);
        assertThat(answer.replies().get(0).faqId()).contains(lines.faqId());
        assertThat(shopper.transcript().get(1).text()).isEqualTo(lines.askForPerson());
        assertThat(shop.store.entries().collectList().block()).isEmpty();
    }

    /** Anna's shop opens Mon–Fri 09:00–17:00 in Warsaw; it is Wednesday 23:00 there (22:00 UTC). */
    private static TestShop closedForTheNight() {
        List<BusinessHours.OpeningTime> officeHours = List.of(
                new BusinessHours.OpeningTime(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        BusinessHours hours = BusinessHours.of(ZoneId.of("Europe/Warsaw"), Map.of(
                DayOfWeek.MONDAY, officeHours, DayOfWeek.TUESDAY, officeHours, DayOfWeek.WEDNESDAY, officeHours,
                DayOfWeek.THURSDAY, officeHours, DayOfWeek.FRIDAY, officeHours), Set.of());
        return new TestShop(Instant.parse("2026-11-25T22:00:00Z"), hours, List.of(TestShop.ANNA));
    }
}
