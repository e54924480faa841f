package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.BotTurns;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.ShopperTurnLimit;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotDecision;
import dev.tandem.bot.dialogue.BotReply;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.dialogue.QuickReplies;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.events.ConversationEvent.Type;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueAdmission;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.bot.privacy.PersonalDataMasking;
import dev.tandem.bot.text.ChatText;
import dev.tandem.intents.Language;
import dev.tandem.intents.entities.Entity;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.entities.EntityType;
import java.time.Clock;
import java.time.Instant;
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

    private final Transcripts transcripts;
    private final ConversationAccess conversations;
    private final TurnRecorder recorder;
    private final Supplier<ShopKnowledge> knowledge;
    private final DialoguePolicy policy;
    private final LiveQueue queue;
    private final Handover handover;
    private final EntityExtractor entities = new EntityExtractor();
    private final ShopperTurnLimit turnLimit;
    private final Clock clock;

    public HandleShopperMessageService(Conversations conversations, Transcripts transcripts, TurnRecorder recorder,
                                       LiveQueue queue, Supplier<ShopKnowledge> knowledge, DialoguePolicy policy,
                                       Clock clock) {
        this(conversations, transcripts, recorder, queue, knowledge, policy, ShopperTurnLimit.NONE, QueueAdmission.unlimited(), BotTurns.NONE,
                clock);
    }

    public HandleShopperMessageService(Conversations conversations, Transcripts transcripts, TurnRecorder recorder,
                                       LiveQueue queue, Supplier<ShopKnowledge> knowledge, DialoguePolicy policy,
                                       ShopperTurnLimit turnLimit, QueueAdmission admission, BotTurns turns,
                                       Clock clock) {
        this.transcripts = transcripts;
        this.conversations = new ConversationAccess(conversations);
        this.recorder = recorder;
        this.knowledge = knowledge;
        this.policy = policy;
        this.queue = queue;
        this.handover = new Handover(recorder, queue, new HandoffSummary(transcripts), admission, turns);
        this.turnLimit = turnLimit;
        this.clock = clock;
    }

    @Override
    public Mono<Outcome> handle(Command command) {
        // A turn recomputed after losing a race is still one message: it takes from the limit once.
        AtomicBoolean counted = new AtomicBoolean();
        return Mono.defer(() -> {
                    // A card number never reaches the classifier, the store, the logs or an agent's screen.
                    String text = ChatText.message(command.text(), InvalidShopperMessageException::new);
                    return conversations.openedBy(command.conversationId(), command.credential())
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
                    .flatMap(email -> {
                        ShopKnowledge shop = knowledge.get();
                        return handover.followUpByMail(new TurnDraft(conversation, conversation, now), text, email,
                                policy.understand(conversation, text, shop), client, shop);
                    })
                    .switchIfEmpty(Mono.defer(() -> botTurn(new TurnDraft(conversation, conversation, now), text, client)));
            case QUEUED, ASSIGNED -> silentTurn(conversation, text, now);
            case CLOSED -> {
                TurnDraft reopened = new TurnDraft(conversation, conversation.reopened(), now);
                reopened.logged(reopened.event(Type.REOPENED, ConversationState.BOT));
                yield botTurn(reopened, text, client);
            }
        };
    }

    /** A person is in charge (or about to be): keep the message for them; only confirm a contact address. */
    private Mono<Outcome> silentTurn(Conversation conversation, String text, Instant now) {
        Language language = conversation.language();
        TurnDraft draft = new TurnDraft(conversation, conversation, now);
        draft.shopperSaid(text, new Message.Understanding(language.code(), Optional.empty(), Optional.empty()));
        // While waiting, the first e-mail address the shopper writes is where they want the answer.
        Optional<String> email = conversation.state() == ConversationState.QUEUED ? newContact(conversation, text)
                : Optional.empty();
        email.ifPresent(address -> {
            draft.change(waiting -> waiting.withContactEmail(address));
            draft.systemSays(BotTexts.text(language, "contact.saved", address), language);
            draft.logged(draft.event(Type.CONTACT_LEFT, conversation.state()));
        });
        return recorder.record(draft.turn(QueueChange.NONE))
                .flatMap(turn -> queue.statusOf(conversation.id()).map(status -> Handover.outcome(turn, status)));
    }

    private Mono<Outcome> botTurn(TurnDraft draft, String text, Optional<String> client) {
        ShopKnowledge shop = knowledge.get();
        Conversation current = draft.conversation();
        return policy.decide(current, text, shop).flatMap(decision -> unhelpfulQuestion(current, decision)
                .doOnNext(question -> draft.logged(draft.event(Type.UNANSWERED, ConversationState.BOT)
                        .withFaqId(current.memory().lastFaqId().orElse(""))
                        .withDetail(decision.language().code() + ":" + shortened(question))))
                .then(Mono.defer(() -> answer(draft, decision, text, client, shop))));
    }

    /**
     * An answer voted unhelpful leaves its question unanswered: the shopper's message just before the answer.
     * Editors see it with the questions the bot could not place.
     */
    private Mono<String> unhelpfulQuestion(Conversation conversation, BotDecision decision) {
        long answerSeq = conversation.memory().voteSeq();
        if (!(decision instanceof BotDecision.Voted voted) || voted.helpful() || answerSeq < 2) {
            return Mono.empty();
        }
        return transcripts.messagesAfter(conversation.id(), answerSeq - 2).next()
                .filter(message -> message.author() == Author.SHOPPER)
                .map(Message::text);
    }

    private Mono<Outcome> answer(TurnDraft draft, BotDecision decision, String text, Optional<String> client,
                                 ShopKnowledge shop) {
        Conversation current = draft.conversation();
        draft.shopperSaid(text, decision.understood());
        decision.replies().forEach(reply -> draft.botSays(reply, decision.language()));
        if (decision instanceof BotDecision.Voted voted) {
            draft.voted(new ConversationTurn.HelpfulVote(current.memory().voteSeq(), voted.helpful()));
            var vote = draft.event(Type.HELPFUL_VOTE, ConversationState.BOT).withValue(voted.helpful() ? 1 : 0);
            draft.logged(current.memory().lastFaqId().map(vote::withFaqId).orElse(vote));
        }
        if (decision.unanswered()) {
            draft.logged(draft.event(Type.UNANSWERED, ConversationState.BOT)
                    .withDetail(decision.language().code() + ":" + shortened(text)));
        }
        // By e-mail the answer goes where they wrote: an address in the text is likely a signature's.
        Optional<String> email = current.channel() == Channel.EMAIL ? Optional.empty() : newContact(current, text);
        email.ifPresent(given -> draft.logged(draft.event(Type.CONTACT_LEFT, current.state())));
        draft.change(conversation -> conversation.speaking(decision.language())
                .remembering(decision.memoryAfter(current.memory(), current.lastSeq() + 2)));
        email.ifPresent(given -> draft.change(conversation -> conversation.withContactEmail(given)));
        if (!(decision instanceof BotDecision.HandOff handOff)) {
            return handover.stayWithBot(draft, BotTurnOutcome.of(decision));
        }
        // Asking an e-mail shopper to "leave your e-mail address" would be absurd: we answer where they wrote.
        boolean byMail = current.channel() == Channel.EMAIL || current.contactEmail().isPresent();
        return typedSomething(current, text).flatMap(typed -> {
            if (typed) {
                return handover.handOff(draft, handOff, text, client, shop, byMail);
            }
            draft.botSays(BotReply.say(BotTexts.text(decision.language(), "handoff.tell-first")), decision.language());
            return handover.stayWithBot(draft, BotTurnOutcome.CLARIFIED);
        });
    }

    /**
     * Whether the shopper has typed anything of their own: this message, or an earlier one, that is not one of
     * the bot's button labels as a button sends it. A conversation that only pressed "Talk to a person" is first
     * asked what it is about, so a script cannot queue chats with a button press alone; a typed request, even
     * in the button's words, queues at once.
     */
    private Mono<Boolean> typedSomething(Conversation conversation, String text) {
        if (!QuickReplies.isButtonText(text)) {
            return Mono.just(true);
        }
        return transcripts.messagesAfter(conversation.id(), 0)
                .any(message -> message.author() == Author.SHOPPER && !QuickReplies.isButtonText(message.text()));
    }

    /**
     * The bot's last message said the queue was full and asked for an e-mail address, and this message gives
     * one: the address the shopper wants the answer at.
     */
    private Mono<String> contactAfterFullQueue(Conversation conversation, String text) {
        if (conversation.lastSeq() < 2) {
            return Mono.empty();
        }
        return Mono.justOrEmpty(newContact(conversation, text))
                .filterWhen(email -> transcripts.messagesAfter(conversation.id(), conversation.lastSeq() - 1).next()
                        .map(Handover::saysQueueFull).defaultIfEmpty(false));
    }

    /**
     * The first e-mail address the shopper writes in a conversation (to prove an order, or just telling it) is
     * their contact: they are never asked for it again, and a late answer can go there.
     */
    private Optional<String> newContact(Conversation conversation, String text) {
        if (conversation.contactEmail().isPresent()) {
            return Optional.empty();
        }
        return entities.extract(text).stream().filter(entity -> entity.type() == EntityType.EMAIL)
                .map(Entity::value).findFirst();
    }

    /** Editors read unanswered questions to write answers: contact details are none of their business. */
    private static String shortened(String text) {
        return ChatText.oneLine(PersonalDataMasking.mask(text), UNANSWERED_DETAIL_LENGTH);
    }
}
