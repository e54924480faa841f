package dev.tandem.bot.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.tandem.bot.DemoShop;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.learning.LearningLoop.LearningQueue;
import dev.tandem.bot.learning.LearningLoop.StateFilter;
import dev.tandem.bot.learning.port.LearningStore;
import dev.tandem.bot.learning.port.LearningStore.Line;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The learning loop over the demo shop: what editors are offered, how it is grouped, masked and counted. */
class LearningLoopServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ItemState OPEN = new ItemState.Open();

    private final LearningStore store = mock(LearningStore.class);
    private final LearningLoopService loop = new LearningLoopService(store, DemoShop::knowledge,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static LearningStore.Unanswered unanswered(long id, String detail, String intent, ItemState state) {
        return new LearningStore.Unanswered(id, "c" + id, NOW.minusSeconds(id), detail, Optional.empty(),
                Optional.ofNullable(intent), Optional.ofNullable(intent).map(i -> 0.31), id % 2 == 0, state);
    }

    private void given(List<LearningStore.Unanswered> unanswered, List<LearningStore.ResolvedChat> resolved) {
        when(store.unanswered(any(), anyInt())).thenReturn(Flux.fromIterable(unanswered));
        when(store.resolvedChats(any(), anyInt())).thenReturn(Flux.fromIterable(resolved));
    }

    @Test
    void givenUnansweredQuestions_whenTheQueueIsRead_thenGroupedByGuessedIntentThenWordingWithPersonalDataMasked() {
        given(List.of(
                unanswered(1, "en:Can I pay with crypto? mail me at jan@example.com", "payment_methods", OPEN),
                unanswered(2, "en:can i pay with crypto?", "payment_methods", OPEN),
                unanswered(3, "en:Can I pay with crypto", "payment_methods", OPEN),
                unanswered(4, "pl:czy mogę zapłacić kryptowalutą", "payment_methods", OPEN),
                unanswered(5, "en:is order 1048577 insured", "shipping_options", OPEN),
                unanswered(6, "en:purple elephants", null, OPEN)), List.of());

        LearningQueue queue = loop.queue(30, StateFilter.OPEN).block();

        IntentGroup payments = queue.unanswered().get(0);
        assertThat(payments.suggestedIntent()).contains("payment_methods");
        assertThat(payments.count()).isEqualTo(4);
        QuestionGroup crypto = payments.questions().get(0);
        assertThat(crypto.language()).isEqualTo("en");
        assertThat(crypto.items()).containsExactly(2L, 3L);
        assertThat(crypto.handedOff()).isEqualTo(1);
        assertThat(payments.questions()).extracting(QuestionGroup::text).containsExactly(
                "can i pay with crypto?", "Can I pay with crypto? mail me at j***@example.com", "czy mogę zapłacić kryptowalutą");
        assertThat(queue.unanswered()).extracting(IntentGroup::suggestedIntent)
                .containsExactly(Optional.of("payment_methods"), Optional.of("shipping_options"), Optional.empty());
        assertThat(queue.unanswered().get(1).questions().get(0).text()).isEqualTo("is order [order number] insured");
    }

    @Test
    void givenAnAnswerVotedUnhelpful_whenTheQueueIsRead_thenTheSuggestedIntentIsTheIntentOfThatAnswer() {
        given(List.of(new LearningStore.Unanswered(7, "c7", NOW, "en:how long do refunds take to my bank",
                Optional.of("refund-timing"), Optional.of("thanks"), Optional.of(0.9), false, OPEN)), List.of());

        LearningQueue queue = loop.queue(7, StateFilter.OPEN).block();

        assertThat(queue.unanswered().get(0).suggestedIntent()).contains("refund_timing");
    }

    @Test
    void givenClosedAndDismissedItems_whenOpenItemsAreRead_thenOnlyOpenOnesAreListedAndEveryStateIsCounted() {
        given(List.of(
                unanswered(1, "en:gift wrapping?", "gift_cards", OPEN),
                unanswered(2, "en:gift wrapping", "gift_cards",
                        new ItemState.Closed(ItemState.ClosingAction.EXAMPLE_ADDED, "eva", NOW)),
                unanswered(3, "en:asdf", null, new ItemState.Dismissed("eva", NOW))), List.of());

        LearningQueue queue = loop.queue(30, StateFilter.OPEN).block();

        assertThat(queue.unanswered()).hasSize(1);
        assertThat(queue.unanswered().get(0).questions().get(0).items()).containsExactly(1L);
        assertThat(queue.totals()).containsEntry("open", 1L).containsEntry("closed", 1L).containsEntry("dismissed", 1L);
    }

    @Test
    void givenAnAgentWhoInsertedAnFaqAnswer_whenTheQueueIsRead_thenTheQuestionIsOfferedAsAnExampleForThatFaq() {
        String faqAnswer = DemoShop.knowledge().faq().entry("en", "return-policy").orElseThrow().answerText();
        given(List.of(), List.of(resolved(11, List.of(
                new Line(Author.SHOPPER, "my wife bought me a sweater I hate, can it go back after 3 weeks?", Optional.of("out_of_scope")),
                new Line(Author.BOT, "I am not sure I understood.", Optional.empty()),
                new Line(Author.SHOPPER, "talk to a human", Optional.of("human_agent")),
                new Line(Author.AGENT, "Hi, I'm Olek. One moment.", Optional.empty()),
                new Line(Author.AGENT, faqAnswer, Optional.empty())))));

        AgentAnswer answer = loop.queue(30, StateFilter.OPEN).block().agentAnswers().get(0);

        assertThat(answer.question()).isEqualTo("my wife bought me a sweater I hate, can it go back after 3 weeks?");
        assertThat(answer.offer()).isEqualTo(new AgentAnswer.ExampleForFaq("return-policy",
                DemoShop.knowledge().faq().entry("en", "return-policy").orElseThrow().title(), Optional.of("return_policy")));
    }

    @Test
    void givenAnAgentWhoWroteTheirOwnReply_whenTheQueueIsRead_thenThePairIsADraftFaqWithPersonalDataMasked() {
        given(List.of(), List.of(resolved(12, List.of(
                new Line(Author.SHOPPER, "can you engrave a name on the watch? I'm on +48 600 700 812", Optional.of("warranty")),
                new Line(Author.AGENT, "Yes: engraving costs 40 zł and adds 2 working days. Add it in the basket notes.",
                        Optional.empty())))));

        AgentAnswer answer = loop.queue(30, StateFilter.OPEN).block().agentAnswers().get(0);

        assertThat(answer.offer()).isEqualTo(new AgentAnswer.DraftFaq(
                "can you engrave a name on the watch? I'm on +** *** *** *12",
                "can you engrave a name on the watch? I'm on +** *** *** *12",
                "Yes: engraving costs 40 zł and adds 2 working days. Add it in the basket notes."));
        assertThat(answer.agent()).isEqualTo("olek");
    }

    @Test
    void givenAnIdThatIsNoItem_whenAnEditorDecides_thenNothingIsRecordedAndTheItemIsNotFound() {
        when(store.countItems(anyCollection())).thenReturn(Mono.just(1L));

        Mono<Void> decided = loop.decide(List.of(1L, 999L), new ItemState.Dismissed("eva", NOW));

        org.assertj.core.api.Assertions.assertThatThrownBy(decided::block).isInstanceOf(LearningItemNotFoundException.class);
        verify(store, never()).decide(anyCollection(), any());
    }

    @Test
    void givenDailyCounts_whenProgressIsRead_thenTheyAddUpPerIsoWeekWithEmptyWeeksIncluded() {
        // 2026-12-03 is a Thursday: the weeks start on Mondays 2026-11-16, 11-23 and 11-30.
        when(store.dailyCounts(Instant.parse("2026-11-16T00:00:00Z"))).thenReturn(Mono.just(List.of(
                new LearningStore.DayCounts(LocalDate.parse("2026-11-16"), 10, 4, 0, 0),
                new LearningStore.DayCounts(LocalDate.parse("2026-11-22"), 10, 2, 1, 0),
                new LearningStore.DayCounts(LocalDate.parse("2026-12-01"), 20, 1, 3, 1))));

        List<WeekProgress> weeks = loop.progress(3).block();

        assertThat(weeks).containsExactly(
                new WeekProgress(LocalDate.parse("2026-11-16"), 20, 6, 1, 0),
                new WeekProgress(LocalDate.parse("2026-11-23"), 0, 0, 0, 0),
                new WeekProgress(LocalDate.parse("2026-11-30"), 20, 1, 3, 1));
        assertThat(weeks.get(0).answeredShare()).contains(0.7);
        assertThat(weeks.get(1).answeredShare()).isEmpty();
    }

    private static LearningStore.ResolvedChat resolved(long id, List<Line> lines) {
        return new LearningStore.ResolvedChat(id, "c" + id, NOW, "olek", "en", lines, OPEN);
    }
}
