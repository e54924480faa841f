package dev.tandem.bot.chat;

import dev.tandem.bot.chat.port.ConcurrentTurnException;
import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotDecision;
import dev.tandem.bot.dialogue.BotReply;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.bot.handoff.QueueStatus;
import dev.tandem.bot.handoff.port.AgentQueueStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Saves a shopper's message and, while the bot owns the conversation, lets the dialogue policy answer it.
 * The shopper's message, the bot's replies and any handoff are saved as one turn before anything is
 * acknowledged; while a person is in charge the message is saved and the bot stays silent.
 */
public final class HandleShopperMessageService implements HandleShopperMessage {

    /** Two messages at once on one conversation: recompute the loser's turn on the winner's version. */
    private static final int CONCURRENT_TURN_RETRIES = 5;

    private final ConversationStore store;
    private final AgentQueueStore queue;
    private final ShopperAccess access;
    private final Supplier<ShopKnowledge> knowledge;
    private final DialoguePolicy policy;
    private final HandoffSummary summaries;
    private final Clock clock;

    public HandleShopperMessageService(ConversationStore store, AgentQueueStore queue,
                                       Supplier<ShopKnowledge> knowledge, DialoguePolicy policy, Clock clock) {
        this.store = store;
        this.queue = queue;
        this.access = new ShopperAccess(store);
        this.knowledge = knowledge;
        this.policy = policy;
        this.summaries = new HandoffSummary(store);
        this.clock = clock;
    }

    @Override
    public Mono<Outcome> handle(Command command) {
        return Mono.defer(() -> {
                    String text = validated(command.text());
                    return access.open(command.conversationId(), command.token())
                            .flatMap(conversation -> takeTurn(conversation, text));
                })
                .retryWhen(Retry.max(CONCURRENT_TURN_RETRIES).filter(ConcurrentTurnException.class::isInstance));
    }

    private static String validated(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidShopperMessageException("text must not be blank");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidShopperMessageException(
                    "text is " + text.length() + " characters long; at most " + MAX_TEXT_LENGTH + " are accepted");
        }
        return text;
    }

    private Mono<Outcome> takeTurn(Conversation conversation, String text) {
        Instant now = clock.instant();
        return switch (conversation.state()) {
            case BOT -> botTurn(conversation, text, now);
            case QUEUED, ASSIGNED -> silentTurn(conversation, text, now);
            case CLOSED -> Mono.error(new ConversationClosedException(conversation.id()));
        };
    }

    /** A person is in charge (or about to be): keep the message for them, say nothing. */
    private Mono<Outcome> silentTurn(Conversation conversation, String text, Instant now) {
        Message shopper = Message.shopper(conversation.id(), conversation.lastSeq() + 1, text, now,
                new Message.Understanding(conversation.language().code(), Optional.empty(), Optional.empty()));
        ConversationTurn turn = new ConversationTurn(conversation.version(), conversation.advanced(1, now),
                List.of(shopper), Optional.empty());
        return store.record(turn)
                .then(queue.positionOf(conversation.id()).map(position -> Optional.of(new QueueStatus(position)))
                        .defaultIfEmpty(Optional.empty()))
                .map(status -> new Outcome(conversation.state(), List.of(), status));
    }

    private Mono<Outcome> botTurn(Conversation conversation, String text, Instant now) {
        ShopKnowledge shop = knowledge.get();
        BotDecision decision = policy.decide(conversation, text, shop);
        Conversation understood = conversation.speaking(decision.language())
                .withLowConfidenceStreak(decision.lowConfidenceStreak());
        List<Message> appended = new ArrayList<>();
        appended.add(Message.shopper(conversation.id(), conversation.lastSeq() + 1, text, now, decision.understood()));
        for (BotReply reply : decision.replies()) {
            appended.add(botMessage(conversation, appended.size(), reply, decision, now));
        }
        if (decision.handoff().isEmpty()) {
            ConversationTurn turn = new ConversationTurn(conversation.version(),
                    understood.advanced(appended.size(), now), appended, Optional.empty());
            return store.record(turn).thenReturn(outcome(turn, Optional.empty()));
        }
        return handOff(conversation, understood, decision, appended, text, shop, now);
    }

    private Mono<Outcome> handOff(Conversation before, Conversation understood, BotDecision decision,
                                  List<Message> appended, String text, ShopKnowledge shop, Instant now) {
        HandoffReason reason = decision.handoff().orElseThrow();
        int priority = QueueEntry.priorityOf(before.channel());
        return Mono.zip(summaries.summarise(before, text, decision, shop), queue.waitingAhead(priority, now))
                .flatMap(summaryAndAhead -> {
                    int position = Math.toIntExact(summaryAndAhead.getT2() + 1);
                    String notice = BotTexts.text(decision.language(), noticeKey(reason), position);
                    appended.add(botMessage(before, appended.size(), BotReply.say(notice), decision, now));
                    Conversation queued = understood.handOff(reason).advanced(appended.size(), now);
                    QueueEntry entry = new QueueEntry(before.id(), decision.language(), before.channel(), reason,
                            summaryAndAhead.getT1(), priority, now);
                    ConversationTurn turn = new ConversationTurn(before.version(), queued, appended, Optional.of(entry));
                    return store.record(turn).thenReturn(outcome(turn, Optional.of(new QueueStatus(position))));
                });
    }

    private static Message botMessage(Conversation conversation, int alreadyAppended, BotReply reply,
                                      BotDecision decision, Instant now) {
        return new Message(conversation.id(), conversation.lastSeq() + alreadyAppended + 1, Author.BOT, reply.text(),
                now, Optional.of(decision.language().code()), Optional.empty(), Optional.empty(), reply.faqId(),
                reply.quickReplies());
    }

    private static Outcome outcome(ConversationTurn turn, Optional<QueueStatus> queue) {
        List<Message> replies = turn.appended().stream().filter(m -> m.author() != Author.SHOPPER).toList();
        return new Outcome(turn.updated().state(), replies, queue);
    }

    private static String noticeKey(HandoffReason reason) {
        return switch (reason) {
            case SHOPPER_REQUEST -> "handoff.shopper-request";
            case COMPLAINT -> "handoff.complaint";
            case POLICY -> "handoff.policy";
            case LOW_CONFIDENCE -> "handoff.low-confidence";
            case ORDER_LOOKUP_UNAVAILABLE -> "handoff.order-lookup";
        };
    }
}
