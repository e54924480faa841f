package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.Ratings;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.text.ChatText;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/** Records a CSAT rating once per conversation, for whoever handled it: the resolving agent or the bot. */
public final class RateConversationService implements RateConversation {

    private final Ratings ratings;
    private final Transcripts transcripts;
    private final ConversationAccess conversations;
    private final ConversationEvents events;
    private final Clock clock;

    public RateConversationService(Conversations conversations, Transcripts transcripts, Ratings ratings,
                                   ConversationEvents events, Clock clock) {
        this.ratings = ratings;
        this.transcripts = transcripts;
        this.conversations = new ConversationAccess(conversations);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Mono<Rating> rate(Command command) {
        return Mono.defer(() -> {
            if (command.score() < 1 || command.score() > 5) {
                throw new InvalidShopperMessageException("score must be a whole number from 1 to 5");
            }
            Optional<String> comment = ChatText.optional(command.comment().orElse(null), Rating.MAX_COMMENT_LENGTH,
                    reason -> new InvalidShopperMessageException("comment: " + reason));
            ShopperCredential credential = new ShopperCredential.Token(command.token());
            return conversations.openedBy(command.conversationId(), credential)
                    .flatMap(conversation -> ratedBy(conversation)
                            .map(agent -> new Rating(conversation.id(), command.score(), comment, agent, clock.instant()))
                            .flatMap(rating -> ratings.rate(rating).flatMap(saved -> saved ? Mono.just(rating)
                                    : Mono.error(new ConversationNotRatableException("already_rated",
                                    "this conversation has been rated already"))))
                            .doOnNext(rating -> announce(rating, conversation.state())));
        });
    }

    /** The agent to credit (empty: the bot), or a refusal when there is nothing to rate yet. */
    private Mono<Optional<String>> ratedBy(Conversation conversation) {
        if (conversation.state() == ConversationState.CLOSED) {
            return Mono.just(conversation.assignedAgent());
        }
        if (conversation.state() != ConversationState.BOT) {
            return Mono.error(notYet());
        }
        return botAnswered(conversation)
                .flatMap(answered -> answered ? Mono.just(Optional.<String>empty()) : Mono.error(notYet()));
    }

    /**
     * The bot has given a real answer — from the FAQ, or an order's status — so the shopper has something to
     * rate, whether they said "Yes, thanks", said goodbye or just went quiet. A greeting alone is not rated.
     */
    private Mono<Boolean> botAnswered(Conversation conversation) {
        if (conversation.memory().order().verifiedOrder().isPresent()) {
            return Mono.just(true);
        }
        return ratings.hadHelpfulAnswer(conversation.id()).flatMap(helped -> helped ? Mono.just(true)
                : transcripts.messagesAfter(conversation.id(), 0)
                        .any(message -> message.author() == Author.BOT && message.faqId().isPresent()));
    }

    private static ConversationNotRatableException notYet() {
        return new ConversationNotRatableException("not_ratable",
                "a conversation can be rated once an agent resolved it or the bot answered a question");
    }

    private void announce(Rating rating, ConversationState state) {
        ConversationEvent rated = ConversationEvent.of(ConversationEvent.Type.RATED, rating.conversationId(),
                state, rating.at()).withValue(rating.score());
        events.publish(List.of(rating.agent().map(rated::withAgent).orElse(rated)));
    }
}
