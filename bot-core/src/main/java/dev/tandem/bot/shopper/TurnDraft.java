package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.dialogue.BotReply;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.queue.QueueChange;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A shopper's turn being put together before it is saved: the conversation as it will be, the messages in the
 * order they are said (numbered after the stored ones), a helpful vote and the events. Built afresh each time a
 * turn is computed, so a turn recomputed after losing a race starts clean.
 */
final class TurnDraft {

    private final long expectedVersion;
    private final Instant now;
    private Conversation conversation;
    private final List<Message> appended = new ArrayList<>();
    private final List<ConversationEvent> events = new ArrayList<>();
    private Optional<ConversationTurn.HelpfulVote> vote = Optional.empty();

    /** @param current the conversation the turn starts from: as stored, or reopened */
    TurnDraft(Conversation stored, Conversation current, Instant now) {
        this.expectedVersion = stored.version();
        this.conversation = current;
        this.now = now;
    }

    Conversation conversation() {
        return conversation;
    }

    Instant now() {
        return now;
    }

    void change(UnaryOperator<Conversation> change) {
        conversation = change.apply(conversation);
    }

    void shopperSaid(String text, Message.Understanding understood) {
        appended.add(Message.shopper(conversation.id(), nextSeq(), text, now, understood));
    }

    void botSays(BotReply reply, Language language) {
        appended.add(Message.from(Author.BOT, conversation.id(), nextSeq(), reply.text(), now, language.code(),
                reply.faqId(), reply.quickReplies()));
    }

    /** A note from the system rather than the bot (said while a person is in charge). */
    void systemSays(String text, Language language) {
        appended.add(Message.from(Author.SYSTEM, conversation.id(), nextSeq(), text, now, language.code(),
                Optional.empty(), List.of()));
    }

    void voted(ConversationTurn.HelpfulVote helpful) {
        vote = Optional.of(helpful);
    }

    void logged(ConversationEvent event) {
        events.add(event);
    }

    /** An event of this conversation, now, in {@code state}. */
    ConversationEvent event(ConversationEvent.Type type, ConversationState state) {
        return ConversationEvent.of(type, conversation.id(), state, now);
    }

    ConversationTurn turn(QueueChange queue) {
        return new ConversationTurn(expectedVersion, conversation.advanced(appended.size(), now), appended, queue, vote,
                events);
    }

    private long nextSeq() {
        return conversation.lastSeq() + appended.size() + 1;
    }
}
