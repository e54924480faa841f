package dev.tandem.bot.shopper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationToken;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.fixtures.MovableClock;
import dev.tandem.bot.fixtures.InMemoryStore;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShowTypingServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String TOKEN = ConversationToken.generate();

    private final InMemoryStore store = new InMemoryStore();
    private final List<ConversationEvent> published = new ArrayList<>();

    @Test
    void givenAChatAnnaHolds_whenBothSidesTypeInBursts_thenEachSideIsAnnouncedOnceEveryTwoSecondsToTheOther() {
        Conversation held = Conversation.start("c-1", ConversationToken.hash(TOKEN), Channel.WEB, Language.EN, NOW)
                .handOff(HandoffReason.SHOPPER_REQUEST).assignTo("anna");
        store.open(held, List.of()).block();

        typing(NOW).shopperTyping("c-1", TOKEN).block();
        typing(NOW.plusMillis(500)).shopperTyping("c-1", TOKEN).block();
        typing(NOW.plusMillis(700)).agentTyping("anna", "c-1").block();
        typing(NOW.plusMillis(800)).agentTyping("olek", "c-1").block();

        assertThat(published).extracting(ConversationEvent::type)
                .containsExactly(ConversationEvent.Type.SHOPPER_TYPING, ConversationEvent.Type.AGENT_TYPING);
        assertThat(published).allSatisfy(event -> assertThat(event.agent()).contains("anna"));
        assertThat(published).noneMatch(event -> event.type().logged());
    }

    @Test
    void givenAChatStillWithTheBot_whenTheShopperTypes_thenNobodyIsTold() {
        store.open(Conversation.start("c-2", ConversationToken.hash(TOKEN), Channel.WEB, Language.EN, NOW), List.of())
                .block();

        typing(NOW).shopperTyping("c-2", TOKEN).block();

        assertThat(published).isEmpty();
    }

    private final MovableClock clock = new MovableClock(NOW);
    private final ShowTypingService service = new ShowTypingService(store, published::addAll, clock);

    /** The service with the clock at {@code at}: one service, so its throttle remembers. */
    private ShowTypingService typing(Instant at) {
        clock.set(at);
        return service;
    }
}
