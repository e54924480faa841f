package dev.tandem.bot.chat;

import dev.tandem.bot.chat.port.BotTurns;
import dev.tandem.bot.chat.port.ConcurrentTurnException;
import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.chat.port.ShopperTurnLimit;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.BotMemory;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotDecision;
import dev.tandem.bot.dialogue.BotReply;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.dialogue.QuickReplies;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.ConversationEvent.Type;
import dev.tandem.bot.handoff.LiveQueue;
import dev.tandem.bot.handoff.QueueAdmission;
import dev.tandem.bot.handoff.QueueChange;
import dev.tandem.bot.handoff.QueueEntry;
import dev.tandem.bot.handoff.QueueNotices;
import dev.tandem.bot.handoff.QueueStatus;
import dev.tandem.bot.orders.OrderDialogue;
import dev.tandem.bot.privacy.PersonalDataMasking;
import dev.tandem.bot.text.ChatText;
import dev.tandem.intents.Language;
import dev.tandem.intents.entities.Entity;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.entities.EntityType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Saves a shopper's message and, while the bot owns the conversation, lets the dialogue policy answer it.
 * The shopper's message, the bot's replies, a vote and any handoff are saved as one turn before anything is
 * acknowledged; while a person is in charge the message is saved and the bot stays silent (it only confirms
 * an e-mail address left for a follow-up). A message after resolve reopens the conversation with the bot.
 */
public final class HandleShopperMessageService implements HandleShopperMessage {

    private static final int UNANSWERED_DETAIL_LENGTH = 500;
    /** The answer to a handoff the queue cannot take: it asks for an e-mail address instead. */
    private static final String QUEUE_FULL = "queue.full";

    private final ConversationStore store;
    private final ShopperAccess access;
    private final TurnRecorder recorder;
    private final Supplier<ShopKnowledge> knowledge;
    private final DialoguePolicy policy;
    private final HandoffSummary summaries;
    private final LiveQueue queue;
    private final OrderDialogue orders;
    private final EntityExtractor entities = new EntityExtractor();
    private final ShopperTurnLimit turnLimit;
    private final QueueAdmission admission;
    private final BotTurns turns;
    private final Clock clock;

    public HandleShopperMessageService(ConversationStore store, TurnRecorder recorder, LiveQueue queue,
                                       Supplier<ShopKnowledge> knowledge, DialoguePolicy policy, OrderDialogue orders,
                                       Clock clock) {
        this(store, recorder, queue, knowledge, policy, orders, ShopperTurnLimit.NONE, QueueAdmission.unlimited(), clock);
    }

    public HandleShopperMessageService(ConversationStore store, TurnRecorder recorder, LiveQueue queue,
                                       Supplier<ShopKnowledge> knowledge, DialoguePolicy policy, OrderDialogue orders,
                                       ShopperTurnLimit turnLimit, QueueAdmission admission, Clock clock) {
        this(store, recorder, queue, knowledge, policy, orders, turnLimit, admission, BotTurns.NONE, clock);
    }

    public HandleShopperMessageService(ConversationStore store, TurnRecorder recorder, LiveQueue queue,
                                       Supplier<ShopKnowledge> knowledge, DialoguePolicy policy, OrderDialogue orders,
                                       ShopperTurnLimit turnLimit, QueueAdmission admission, BotTurns turns,
                                       Clock clock) {
        this.turns = turns;
        this.orders = orders;
        this.turnLimit = turnLimit;
        this.admission = admission;
        this.store = store;
        this.access = new ShopperAccess(store);
        this.recorder = recorder;
        this.knowledge = knowledge;
        this.policy = policy;
        this.summaries = new HandoffSummary(store);
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public Mono<Outcome> handle(Command command) {
        // A turn recomputed after losing a race is still one message: it takes from the limit once.
        AtomicBoolean counted = new AtomicBoolean();
        return Mono.defer(() -> {
                    // A card number never reaches the classifier, the store, the logs or an agent's screen.
                    String text = ChatText.required(command.text(), MAX_TEXT_LENGTH, InvalidShopperMessageException::new);
                    return access.open(command.conversationId(), command.credential())
                            .doOnNext(conversation -> {
                                if (counted.compareAndSet(false, true)) {
                                    withinLimit(conversation);
                                }
                            })
                            .flatMap(conversation -> takeTurn(conversation, text, command.client()));
                })
                .retryWhen(ConcurrentTurnException.retries());
    }

    private void withinLimit(Conversation conversation) {
        turnLimit.take(conversation.id()).ifPresent(wait -> {
            throw new TooManyTurnsException(conversation.id(), wait);
        });
    }

    private Mono<Outcome> takeTurn(Conversation conversation, String text, Optional<String> client) {
        Instant now = clock.instant();
        return switch (conversation.state()) {
            case BOT -> contactAfterFullQueue(conversation, text)
                    .flatMap(email -> followUpByMail(conversation, text, email, client, now))
                    .switchIfEmpty(Mono.defer(() -> botTurn(conversation, conversation, List.of(), text, client, now)));
            case QUEUED, ASSIGNED -> silentTurn(conversation, text, now);
            case CLOSED -> {
                Conversation reopened = conversation.reopened();
                yield botTurn(conversation, reopened,
                        List.of(ConversationEvent.of(Type.REOPENED, conversation.id(), ConversationState.BOT, now)),
                        text, client, now);
            }
        };
    }

    /** A person is in charge (or about to be): keep the message for them; only confirm a contact address. */
    private Mono<Outcome> silentTurn(Conversation conversation, String text, Instant now) {
        List<Message> appended = new ArrayList<>();
        appended.add(Message.shopper(conversation.id(), conversation.lastSeq() + 1, text, now,
                new Message.Understanding(conversation.language().code(), Optional.empty(), Optional.empty())));
        Conversation updated = conversation;
        List<ConversationEvent> events = new ArrayList<>();
        Optional<String> email = contactEmailIn(conversation, text);
        if (email.isPresent()) {
            updated = conversation.withContactEmail(email.get());
            appended.add(Message.from(Author.SYSTEM, conversation.id(), conversation.lastSeq() + 2,
                    BotTexts.text(conversation.language(), "contact.saved", email.get()), now,
                    conversation.language().code(), Optional.empty(), List.of()));
            events.add(ConversationEvent.of(Type.CONTACT_LEFT, conversation.id(), conversation.state(), now));
        }
        ConversationTurn turn = new ConversationTurn(conversation.version(), updated.advanced(appended.size(), now),
                appended, QueueChange.NONE, Optional.empty(), events);
        return recorder.record(turn)
                .then(queue.statusOf(conversation.id()))
                .map(status -> outcome(turn, status));
    }

    /** While waiting, the first e-mail address the shopper writes is where they want the answer. */
    private Optional<String> contactEmailIn(Conversation conversation, String text) {
        if (conversation.state() != ConversationState.QUEUED) {
            return Optional.empty();
        }
        return firstEmail(conversation, text);
    }

    /**
     * The first e-mail address the shopper writes in a conversation (to prove an order, or just telling it) is
     * their contact: they are never asked for it again, and a late answer can go there.
     */
    private Optional<String> firstEmail(Conversation conversation, String text) {
        if (conversation.contactEmail().isPresent()) {
            return Optional.empty();
        }
        return entities.extract(text).stream().filter(entity -> entity.type() == EntityType.EMAIL)
                .map(Entity::value).findFirst();
    }

    private Mono<Outcome> botTurn(Conversation before, Conversation current, List<ConversationEvent> prior,
                                  String text, Optional<String> client, Instant now) {
        ShopKnowledge shop = knowledge.get();
        BotDecision decided = policy.decide(current, text, shop);
        Mono<BotDecision> decision = decided.orderTurn() ? orders.answer(current.id(), decided, current.memory().order(), text)
                : Mono.just(decided);
        return decision.flatMap(made -> unhelpfulQuestion(current, made)
                .map(question -> withUnansweredQuestion(prior, current, made, question, now))
                .defaultIfEmpty(prior)
                .flatMap(events -> botTurn(before, current, events, text, client, now, shop, made)));
    }

    /**
     * An answer voted unhelpful leaves its question unanswered: the shopper's message just before the answer.
     * Editors see it with the questions the bot could not place.
     */
    private Mono<String> unhelpfulQuestion(Conversation conversation, BotDecision decision) {
        long answerSeq = conversation.memory().voteSeq();
        if (decision.vote().filter(helpful -> !helpful).isEmpty() || answerSeq < 2) {
            return Mono.empty();
        }
        return store.messagesAfter(conversation.id(), answerSeq - 2).next()
                .filter(message -> message.author() == Author.SHOPPER)
                .map(Message::text);
    }

    private static List<ConversationEvent> withUnansweredQuestion(List<ConversationEvent> prior, Conversation conversation,
                                                                  BotDecision decision, String question, Instant now) {
        List<ConversationEvent> events = new ArrayList<>(prior);
        events.add(ConversationEvent.of(Type.UNANSWERED, conversation.id(), ConversationState.BOT, now)
                .withFaqId(conversation.memory().lastFaqId().orElse(""))
                .withDetail(decision.language().code() + ":" + shortened(question)));
        return events;
    }

    private Mono<Outcome> botTurn(Conversation before, Conversation current, List<ConversationEvent> prior,
                                  String text, Optional<String> client, Instant now, ShopKnowledge shop,
                                  BotDecision decision) {
        List<Message> appended = new ArrayList<>();
        appended.add(Message.shopper(current.id(), current.lastSeq() + 1, text, now, decision.understood()));
        for (BotReply reply : decision.replies()) {
            appended.add(botMessage(current, appended.size(), reply, decision, now));
        }
        List<ConversationEvent> events = new ArrayList<>(prior);
        Optional<ConversationTurn.HelpfulVote> vote = decision.vote().map(helpful -> {
            ConversationEvent voted = ConversationEvent.of(Type.HELPFUL_VOTE, current.id(), ConversationState.BOT, now)
                    .withValue(helpful ? 1 : 0);
            events.add(current.memory().lastFaqId().map(voted::withFaqId).orElse(voted));
            return new ConversationTurn.HelpfulVote(current.memory().voteSeq(), helpful);
        });
        if (decision.unanswered()) {
            events.add(ConversationEvent.of(Type.UNANSWERED, current.id(), ConversationState.BOT, now)
                    .withDetail(decision.language().code() + ":" + shortened(text)));
        }
        // By e-mail the answer goes where they wrote: an address in the text is likely a signature's.
        Optional<String> email = current.channel() == Channel.EMAIL ? Optional.empty() : firstEmail(current, text);
        email.ifPresent(given -> events.add(ConversationEvent.of(Type.CONTACT_LEFT, current.id(), current.state(), now)));
        Conversation spoken = current.speaking(decision.language()).remembering(memoryAfter(current, decision, appended));
        Conversation understood = email.map(spoken::withContactEmail).orElse(spoken);
        if (decision.handoff().isEmpty()) {
            return stayWithBot(before, understood, appended, vote, events, now, BotTurnOutcome.of(decision));
        }
        return typedSomething(current, text).flatMap(typed -> typed
                ? handOff(before, understood, decision, appended, vote, events, text, client, shop, now)
                : stayWithBot(before, understood, withNotice(appended, understood, decision, "handoff.tell-first", now),
                        vote, events, now, BotTurnOutcome.CLARIFIED));
    }

    private Mono<Outcome> stayWithBot(Conversation before, Conversation understood, List<Message> appended,
                                      Optional<ConversationTurn.HelpfulVote> vote, List<ConversationEvent> events,
                                      Instant now, BotTurnOutcome counted) {
        ConversationTurn turn = new ConversationTurn(before.version(), understood.advanced(appended.size(), now),
                appended, QueueChange.NONE, vote, events);
        return recorder.record(turn)
                .doOnNext(recorded -> turns.taken(understood.language(), counted))
                .map(recorded -> outcome(recorded, Optional.empty()));
    }

    private static List<Message> withNotice(List<Message> appended, Conversation conversation, BotDecision decision,
                                            String key, Instant now) {
        appended.add(botMessage(conversation, appended.size(), BotReply.say(BotTexts.text(decision.language(), key)),
                decision, now));
        return appended;
    }

    /**
     * Whether the shopper has typed anything of their own: this message, or an earlier one, that is more than
     * one of the bot's button labels. A conversation that only pressed "Talk to a person" is first asked what
     * it is about, so a script cannot queue chats with a button press alone; a typed request queues at once.
     */
    private Mono<Boolean> typedSomething(Conversation conversation, String text) {
        if (!isButtonLabel(text)) {
            return Mono.just(true);
        }
        return store.messagesAfter(conversation.id(), 0)
                .any(message -> message.author() == Author.SHOPPER && !isButtonLabel(message.text()));
    }

    private static boolean isButtonLabel(String text) {
        return Arrays.stream(QuickReplies.values()).anyMatch(label -> label.matches(text));
    }

    /**
     * The bot's last message said the queue was full and asked for an e-mail address, and this message gives
     * one: the address the shopper wants the answer at.
     */
    private Mono<String> contactAfterFullQueue(Conversation conversation, String text) {
        if (conversation.contactEmail().isPresent() || conversation.lastSeq() < 2) {
            return Mono.empty();
        }
        Optional<String> email = entities.extract(text).stream().filter(entity -> entity.type() == EntityType.EMAIL)
                .map(Entity::value).findFirst();
        if (email.isEmpty()) {
            return Mono.empty();
        }
        return store.messagesAfter(conversation.id(), conversation.lastSeq() - 1).next()
                .filter(last -> last.author() == Author.BOT && Arrays.stream(Language.values())
                        .anyMatch(language -> BotTexts.text(language, QUEUE_FULL).equals(last.text())))
                .map(last -> email.get());
    }

    /**
     * The shopper left an address after the queue was full: the chat joins the queue as an e-mail follow-up,
     * past the ceiling (it is answered by e-mail, when the team gets to it) but not past the per-client cap.
     */
    private Mono<Outcome> followUpByMail(Conversation conversation, String text, String email, Optional<String> client,
                                         Instant now) {
        ShopKnowledge shop = knowledge.get();
        BotDecision decision = policy.decide(conversation, text, shop);
        Language language = conversation.language();
        Conversation withContact = conversation.withContactEmail(email);
        List<Message> appended = new ArrayList<>();
        appended.add(Message.shopper(conversation.id(), conversation.lastSeq() + 1, text, now,
                new Message.Understanding(language.code(), Optional.empty(), Optional.empty())));
        return summaries.summarise(conversation, text, decision, shop)
                .map(summary -> QueueEntry.waiting(conversation.id(), language, conversation.channel(),
                        HandoffReason.SHOPPER_REQUEST, summary, now, true))
                .flatMap(entry -> queue.snapshotWith(entry).flatMap(snapshot -> {
                    if (!admission.admitsFollowUp(snapshot, entry, client)) {
                        return stayWithBot(conversation, conversation,
                                withNotice(appended, conversation, decision, QUEUE_FULL, now), Optional.empty(),
                                List.of(), now, BotTurnOutcome.UNANSWERED);
                    }
                    appended.add(Message.from(Author.BOT, conversation.id(), conversation.lastSeq() + 2,
                            BotTexts.text(language, "contact.saved", email), now, language.code(), Optional.empty(),
                            List.of()));
                    List<ConversationEvent> events = List.of(
                            ConversationEvent.of(Type.CONTACT_LEFT, conversation.id(), ConversationState.QUEUED, now),
                            ConversationEvent.of(Type.HANDED_OFF, conversation.id(), ConversationState.QUEUED, now)
                                    .withReason(HandoffReason.SHOPPER_REQUEST).withDetail(language.code()));
                    Conversation queued = withContact.handOff(HandoffReason.SHOPPER_REQUEST).advanced(appended.size(), now);
                    ConversationTurn turn = new ConversationTurn(conversation.version(), queued, appended,
                            new QueueChange.Enqueue(entry), Optional.empty(), events);
                    return recorder.record(turn)
                            .doOnNext(recorded -> admission.joined(conversation.id(), client))
                            .doOnNext(recorded -> turns.taken(language, BotTurnOutcome.HANDED_OFF))
                            .map(recorded -> outcome(recorded, queue.statusOf(snapshot, conversation.id())));
                }));
    }

    private static BotMemory memoryAfter(Conversation conversation, BotDecision decision, List<Message> appended) {
        Optional<String> answered = decision.answeredFaqId();
        boolean asksForVote = answered.isPresent() && decision.handoff().isEmpty();
        long voteSeq = asksForVote ? appended.stream().filter(m -> m.faqId().isPresent()).findFirst().orElseThrow().seq() : 0;
        return new BotMemory(decision.lowConfidenceStreak(), answered.or(() -> conversation.memory().lastFaqId()),
                voteSeq, decision.answerUnhelpful(), decision.order().orElse(conversation.memory().order().leftAside()));
    }

    private Mono<Outcome> handOff(Conversation before, Conversation understood, BotDecision decision,
                                  List<Message> appended, Optional<ConversationTurn.HelpfulVote> vote,
                                  List<ConversationEvent> events, String text, Optional<String> client,
                                  ShopKnowledge shop, Instant now) {
        HandoffReason reason = decision.handoff().orElseThrow();
        Language language = decision.language();
        boolean attended = queue.attended(language, now);
        return summaries.summarise(understood, text, decision, shop)
                .map(summary -> QueueEntry.waiting(before.id(), language, before.channel(), reason, summary, now, !attended))
                .flatMap(entry -> queue.snapshotWith(entry).flatMap(snapshot -> {
                    if (!admission.admits(snapshot, entry, client)) {
                        return stayWithBot(before, understood, withNotice(appended, understood, decision, QUEUE_FULL, now),
                                vote, events, now, BotTurnOutcome.UNANSWERED);
                    }
                    QueueStatus status = queue.statusOf(snapshot, before.id()).orElseThrow();
                    String notice = BotTexts.text(language, noticeKey(reason)) + " "
                            + QueueNotices.of(language, status, attended, queue.hours(), now, answerByMail(before));
                    appended.add(botMessage(understood, appended.size(), BotReply.say(notice), decision, now));
                    events.add(ConversationEvent.of(Type.HANDED_OFF, before.id(), ConversationState.QUEUED, now)
                            .withReason(reason).withDetail(language.code()));
                    Conversation queued = understood.handOff(reason).advanced(appended.size(), now);
                    ConversationTurn turn = new ConversationTurn(before.version(), queued, appended,
                            new QueueChange.Enqueue(entry), vote, events);
                    return recorder.record(turn)
                            .doOnNext(recorded -> admission.joined(before.id(), client))
                            .doOnNext(recorded -> turns.taken(language, BotTurnOutcome.HANDED_OFF))
                            .map(recorded -> outcome(recorded, Optional.of(status)));
                }));
    }

    /** Asking an e-mail shopper to "leave your e-mail address" would be absurd: we answer where they wrote. */
    private static boolean answerByMail(Conversation conversation) {
        return conversation.channel() == Channel.EMAIL || conversation.contactEmail().isPresent();
    }

    private static Message botMessage(Conversation conversation, int alreadyAppended, BotReply reply,
                                      BotDecision decision, Instant now) {
        return Message.from(Author.BOT, conversation.id(), conversation.lastSeq() + alreadyAppended + 1, reply.text(),
                now, decision.language().code(), reply.faqId(), reply.quickReplies());
    }

    private static Outcome outcome(ConversationTurn turn, Optional<QueueStatus> queue) {
        List<Message> replies = turn.appended().stream().filter(m -> m.author() != Author.SHOPPER).toList();
        return new Outcome(turn.updated().state(), replies, queue);
    }

    /** Editors read unanswered questions to write answers: contact details are none of their business. */
    private static String shortened(String text) {
        return ChatText.oneLine(PersonalDataMasking.mask(text), UNANSWERED_DETAIL_LENGTH);
    }

    private static String noticeKey(HandoffReason reason) {
        return switch (reason) {
            case SHOPPER_REQUEST -> "handoff.shopper-request";
            case COMPLAINT -> "handoff.complaint";
            case POLICY -> "handoff.policy";
            case LOW_CONFIDENCE -> "handoff.low-confidence";
            case UNHELPFUL_ANSWER -> "handoff.unhelpful";
            case FRUSTRATION -> "handoff.frustration";
            case ORDER_LOOKUP_UNAVAILABLE -> "handoff.order-lookup";
            case ORDER_VERIFICATION_FAILED -> "handoff.order-verification";
            case ORDER_ACTION -> "handoff.order-action";
        };
    }
}
