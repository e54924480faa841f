package dev.tandem.adapters.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.bot.team.Presence;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.events.ConversationEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * An event as it travels between nodes in a PostgreSQL notification: small (well below the 8000-byte payload
 * limit) and free of personal data. A message travels as its conversation id and seq only; the receiving
 * node reads it from the transcript. Text-valued details (an unanswered question, a transfer target) are not
 * sent: the live streams do not show them.
 *
 * <p>The same channel carries agents' presence ({@code type} {@value #PRESENCE}: the agent and their presence as
 * {@code state}, no conversation), and editors' saves ({@code type} {@value #CONTENT}: nothing but the time).
 *
 * @param node the node that published it, so that node ignores its own echo
 * @param seq  the message's seq, for {@code MESSAGE} events
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventNotice(String node, String type, String conversationId, String at, String state, String reason,
                   String agent, Long seq) {

    static final String PRESENCE = "PRESENCE";
    /** An editor saved content on another node: reload the shared content directory. */
    static final String CONTENT = "CONTENT";

    static EventNotice presence(String node, String agent, Presence presence, Instant at) {
        return new EventNotice(node, PRESENCE, null, at.toString(), presence.name(), null, agent, null);
    }

    static EventNotice contentChanged(String node, Instant at) {
        return new EventNotice(node, CONTENT, null, at.toString(), null, null, null, null);
    }

    boolean isContentChange() {
        return CONTENT.equals(type);
    }

    boolean isPresence() {
        return PRESENCE.equals(type);
    }

    static EventNotice of(String node, ConversationEvent event) {
        return new EventNotice(node, event.type().name(), event.conversationId(), event.at().toString(),
                event.state().name(), event.reason().map(Enum::name).orElse(null), event.agent().orElse(null),
                event.message().map(Message::seq).orElse(null));
    }

    boolean carriesMessage() {
        return seq != null;
    }

    /** The event without its message: complete for every type but {@code MESSAGE}. */
    ConversationEvent event() {
        ConversationEvent event = ConversationEvent.of(ConversationEvent.Type.valueOf(type), conversationId,
                ConversationState.valueOf(state), Instant.parse(at));
        if (reason != null) {
            event = event.withReason(HandoffReason.valueOf(reason));
        }
        return agent == null ? event : event.withAgent(agent);
    }

    /** The {@code MESSAGE} event, once its message was read from the transcript. */
    ConversationEvent withMessage(Message message) {
        ConversationEvent event = ConversationEvent.message(message, ConversationState.valueOf(state));
        return Optional.ofNullable(agent).map(event::withAgent).orElse(event);
    }
}
