package dev.tandem.bot.learning.port;

import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.learning.ItemState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where learning items come from and where editors' decisions on them are kept. An item is an event of the
 * conversation log (an unanswered question, a resolved handoff), so items need no copy of what shoppers wrote
 * and every node sees the same ones; decisions are appended, and the latest one is the item's state.
 */
public interface LearningStore {

    /** Unanswered questions since a moment, newest first, as logged (masked for contact details and cards). */
    Flux<Unanswered> unanswered(Instant since, int limit);

    /** Handed-off chats an agent resolved since a moment, newest first, with their transcript up to the resolve. */
    Flux<ResolvedChat> resolvedChats(Instant since, int limit);

    /** How many of these ids are items (unanswered or resolved events): the others do not exist. */
    Mono<Long> countItems(Collection<Long> ids);

    Mono<Void> decide(Collection<Long> ids, ItemState state);

    /** Per day (UTC) since a moment, oldest first; days without anything are left out. */
    Mono<List<DayCounts>> dailyCounts(Instant since);

    /**
     * @param detail     {@code lang:question}, as the bot logged it
     * @param votedFaqId the FAQ answer the shopper voted unhelpful, when that is why the question is unanswered
     * @param intent     what the bot guessed for the shopper's message at that moment
     * @param handedOff  the bot gave up and passed the conversation to a person in the same turn
     */
    record Unanswered(long id, String conversationId, Instant at, String detail, Optional<String> votedFaqId,
                      Optional<String> intent, Optional<Double> confidence, boolean handedOff, ItemState state) {
    }

    /** @param language the conversation's language */
    record ResolvedChat(long id, String conversationId, Instant at, String agent, String language, List<Line> lines,
                        ItemState state) {

        public ResolvedChat {
            lines = List.copyOf(lines);
        }
    }

    /** A transcript line, as much of it as pairing a question with an answer needs. */
    record Line(Author author, String text, Optional<String> intent) {
    }

    /**
     * @param questions  shopper messages the bot read (an intent was recorded)
     * @param unanswered of those, the ones it could not answer
     * @param closed     items editors closed by an action that day
     * @param dismissed  items editors dismissed that day
     */
    record DayCounts(LocalDate day, long questions, long unanswered, long closed, long dismissed) {
    }
}
