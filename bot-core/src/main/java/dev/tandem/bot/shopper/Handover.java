package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.HandleShopperMessage.Outcome;
import dev.tandem.bot.shopper.port.BotTurns;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotDecision;
import dev.tandem.bot.dialogue.BotReply;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.events.ConversationEvent.Type;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueAdmission;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.queue.QueueNotices;
import dev.tandem.bot.queue.QueueStatus;
import dev.tandem.intents.Language;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Saves a shopper's turn and counts how it ended: with the bot, or in the agent queue. A handoff tells the
 * shopper where they stand; a queue that cannot take them asks for an e-mail address instead, and the address,
 * once given, queues the chat as an e-mail follow-up.
 */
final class Handover {

    /** The answer to a handoff the queue cannot take: it asks for an e-mail address instead. */
    static final String QUEUE_FULL = "queue.full";

    private final TurnRecorder recorder;
    private final LiveQueue queue;
    private final HandoffSummary summaries;
    private final QueueAdmission admission;
    private final BotTurns turns;

    Handover(TurnRecorder recorder, LiveQueue queue, HandoffSummary summaries, QueueAdmission admission, BotTurns turns) {
        this.recorder = recorder;
        this.queue = queue;
        this.summaries = summaries;
        this.admission = admission;
        this.turns = turns;
    }

    Mono<Outcome> stayWithBot(TurnDraft draft, BotTurnOutcome counted) {
        return recorder.record(draft.turn(QueueChange.NONE))
                .doOnNext(recorded -> turns.taken(draft.conversation().language(), counted))
                .map(recorded -> outcome(recorded, Optional.empty()));
    }

    /**
     * The shopper is handed to a person, unless the queue is full.
     *
     * @param byMail the shopper can be answered by e-mail: they are not asked for an address when nobody is in
     */
    Mono<Outcome> handOff(TurnDraft draft, BotDecision.HandOff decision, String text, Optional<String> client,
                          ShopKnowledge shop, boolean byMail) {
        Conversation conversation = draft.conversation();
        Language language = decision.language();
        boolean attended = queue.attended(language, draft.now());
        return summaries.summarise(conversation, text, decision.understood(), shop)
                .map(summary -> QueueEntry.waiting(conversation.id(), language, conversation.channel(), decision.reason(),
                        summary, draft.now(), !attended))
                .flatMap(entry -> queue.snapshotWith(entry).flatMap(snapshot -> {
                    if (!admission.admits(snapshot, entry, client)) {
                        return queueFull(draft, language);
                    }
                    QueueStatus status = queue.statusOf(snapshot, conversation.id()).orElseThrow();
                    draft.botSays(BotReply.say(QueueNotices.handedOff(language, decision.reason()) + " "
                            + queue.whereYouStand(language, status, attended, draft.now(), byMail)), language);
                    return joinQueue(draft, entry, client, Optional.of(status));
                }));
    }

    /**
     * The shopper left an address after the queue was full: the chat joins the queue as an e-mail follow-up,
     * past the ceiling (it is answered by e-mail, when the team gets to it) but not past the per-client cap.
     */
    Mono<Outcome> followUpByMail(TurnDraft draft, String text, String email, Message.Understanding understood,
                                 Optional<String> client, ShopKnowledge shop) {
        Conversation conversation = draft.conversation();
        Language language = conversation.language();
        draft.shopperSaid(text, new Message.Understanding(language.code(), Optional.empty(), Optional.empty()));
        return summaries.summarise(conversation, text, understood, shop)
                .map(summary -> QueueEntry.waiting(conversation.id(), language, conversation.channel(),
                        HandoffReason.SHOPPER_REQUEST, summary, draft.now(), true))
                .flatMap(entry -> queue.snapshotWith(entry).flatMap(snapshot -> {
                    if (!admission.admitsFollowUp(snapshot, entry, client)) {
                        return queueFull(draft, language);
                    }
                    draft.botSays(BotReply.say(BotTexts.text(language, "contact.saved", email)), language);
                    draft.logged(draft.event(Type.CONTACT_LEFT, ConversationState.QUEUED));
                    draft.change(waiting -> waiting.withContactEmail(email));
                    return joinQueue(draft, entry, client, queue.statusOf(snapshot, conversation.id()));
                }));
    }

    /** Whether a message is the bot's answer to a handoff the queue could not take, in any language. */
    static boolean saysQueueFull(Message message) {
        return message.author() == Author.BOT && List.of(Language.values()).stream()
                .anyMatch(language -> BotTexts.text(language, QUEUE_FULL).equals(message.text()));
    }

    private Mono<Outcome> queueFull(TurnDraft draft, Language language) {
        draft.botSays(BotReply.say(BotTexts.text(language, QUEUE_FULL)), language);
        return stayWithBot(draft, BotTurnOutcome.UNANSWERED);
    }

    private Mono<Outcome> joinQueue(TurnDraft draft, QueueEntry entry, Optional<String> client,
                                    Optional<QueueStatus> status) {
        draft.logged(draft.event(Type.HANDED_OFF, ConversationState.QUEUED).withReason(entry.reason())
                .withDetail(entry.language().code()));
        draft.change(conversation -> conversation.handOff(entry.reason()));
        return recorder.record(draft.turn(new QueueChange.Enqueue(entry)))
                .doOnNext(recorded -> admission.joined(entry.conversationId(), client))
                .doOnNext(recorded -> turns.taken(entry.language(), BotTurnOutcome.HANDED_OFF))
                .map(recorded -> outcome(recorded, status));
    }

    static Outcome outcome(ConversationTurn turn, Optional<QueueStatus> queue) {
        List<Message> replies = turn.appended().stream().filter(m -> m.author() != Author.SHOPPER).toList();
        return new Outcome(turn.updated().state(), replies, queue);
    }
}
