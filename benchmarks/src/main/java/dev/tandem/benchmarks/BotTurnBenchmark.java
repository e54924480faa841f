package dev.tandem.benchmarks;

import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.HandleShopperMessageService;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.shopper.StartConversationService;
import dev.tandem.bot.shopper.TurnRecorder;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.dialogue.DialogueSettings;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.fixtures.InMemoryStore;
import dev.tandem.bot.queue.BusinessHours;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueSettings;
import dev.tandem.bot.orders.OrderDialogue;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole shopper turn in process, as the server runs it minus HTTP and the database: token check, card
 * masking, language detection, intent classification, FAQ search, the dialogue policy, the order dialogue, the
 * turn built and saved (in memory) and announced. Shoppers in en, ru, uk and pl go through a fixed conversation
 * each: a greeting, FAQ questions, an order status check with the demo order (number, then e-mail) and thanks.
 * Sample mode reports percentiles. This is the understanding code's one speed budget: p50 ≤ 150 µs. Accuracy is
 * held by the quality gates (tests, `eval`, `benchmark`), not by keeping the classifier's arithmetic frozen.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class BotTurnBenchmark {

    /** What a shopper writes in one conversation, per page language. No message twice: that reads as frustration. */
    static final String[][] CONVERSATIONS = {
        {"en", "hi", "how long do I have to return shoes?", "where is my order " + DemoOrders.NUMBER, DemoOrders.EMAIL,
            "can i pay with blik", "do you ship to germany", "thanks"},
        {"ru", "здравствуйте", "сколько стоит доставка в пачкомат", "где мой заказ " + DemoOrders.NUMBER,
            DemoOrders.EMAIL, "как вернуть куртку если не подошла", "когда вернут деньги", "спасибо"},
        {"uk", "привіт", "скільки днів на повернення", "де моє замовлення " + DemoOrders.NUMBER, DemoOrders.EMAIL,
            "чи можна оплатити частинами", "чи є у вас подарункові картки", "дякую"},
        {"pl", "dzień dobry", "ile kosztuje wysylka do paczkomatu", "gdzie jest moje zamówienie " + DemoOrders.NUMBER,
            DemoOrders.EMAIL, "zwrot pieniedzy na karte", "czy mogę zapłacić blikiem", "dzięki"}};

    /** The bot as the server wires it, on the demo shop's content, with the stores in memory. */
    @State(Scope.Benchmark)
    public static class Shop {

        final InMemoryStore store = new InMemoryStore();
        StartConversation start;
        HandleShopperMessage messages;

        @Setup
        public void wire(DemoShopState demo) {
            Clock clock = Clock.systemUTC();
            LiveQueue queue = new LiveQueue(store, List::of, new AgentPresence(), QueueSettings.defaults(),
                    BusinessHours.alwaysOpen(), clock);
            start = new StartConversationService(store, clock);
            messages = new HandleShopperMessageService(store, store, new TurnRecorder(store, ConversationEvents.NONE), queue,
                    () -> demo.knowledge,
                    new DialoguePolicy(DialogueSettings.defaults(), new OrderDialogue(new DemoOrders(), clock)), clock);
        }
    }

    /** One shopper: the conversation they are in and how far through it they are. */
    @State(Scope.Thread)
    public static class Shopper {

        int conversation = -1;
        int next;
        String id;
        String token;

        @Setup(Level.Iteration)
        public void begin(Shop shop) {
            startNext(shop);
        }

        void startNext(Shop shop) {
            if (id != null) {
                shop.store.forget(id);
            }
            conversation = (conversation + 1) % CONVERSATIONS.length;
            Language language = Language.fromCode(CONVERSATIONS[conversation][0]).orElseThrow();
            StartConversation.Started started = shop.start.start(
                    new StartConversation.Command(Channel.WEB, Optional.of(language))).block();
            id = started.conversation().id();
            token = started.token();
            next = 1;
        }
    }

    /** One shopper message and the bot's answer; a new conversation (not measured apart) after the last one. */
    @Benchmark
    public HandleShopperMessage.Outcome turn(Shop shop, Shopper shopper) {
        if (shopper.next == CONVERSATIONS[shopper.conversation].length) {
            shopper.startNext(shop);
        }
        HandleShopperMessage.Outcome outcome = shop.messages.handle(new HandleShopperMessage.Command(
                shopper.id, shopper.token, CONVERSATIONS[shopper.conversation][shopper.next++])).block();
        if (outcome.state() != ConversationState.BOT) {
            throw new IllegalStateException("the scripted conversation was handed off: " + outcome);
        }
        return outcome;
    }
}
