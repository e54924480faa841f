package dev.tandem.adapters.stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.adapters.agent.AgentDeskController;
import dev.tandem.adapters.shopper.MessageView;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.conversation.Message;
import java.util.List;
import java.util.Optional;

/** The JSON events the live streams send (one per WebSocket text frame). */
final class StreamEvents {

    private StreamEvents() {
    }

    /** A new message in the conversation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MessageEvent(String type, String conversationId, MessageView message) {

        static MessageEvent of(ConversationEvent event) {
            return of(event.message().orElseThrow());
        }

        static MessageEvent of(Message message) {
            return new MessageEvent("message", message.conversationId(), MessageView.of(message));
        }
    }

    /** The conversation changed hands: handed off, claimed, released, resolved, back to the bot, reopened. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StateEvent(String type, String conversationId, String event, String state, String agent,
                      String agentAvatarUrl, String reason) {

        static StateEvent of(ConversationEvent event) {
            return new StateEvent("state", event.conversationId(), event.type().name(), event.state().name(),
                    event.agent().orElse(null), null, event.reason().map(Enum::name).orElse(null));
        }

        /** The shopper sees the agent as configured for shoppers ("Anna", a picture), never the sign-in name. */
        static StateEvent forShopper(ConversationEvent event, AgentRoster roster) {
            Optional<Agent> agent = event.agent().flatMap(roster::find);
            return new StateEvent("state", event.conversationId(), event.type().name(), event.state().name(),
                    agent.map(Agent::displayName).or(event::agent).orElse(null),
                    agent.flatMap(Agent::avatarUrl).orElse(null), event.reason().map(Enum::name).orElse(null));
        }
    }

    /** The other side is typing: {@code who} is "shopper" or "agent"; an agent by their display name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TypingEvent(String type, String conversationId, String who, String agent) {

        static TypingEvent shopper(ConversationEvent event) {
            return new TypingEvent("typing", event.conversationId(), "shopper", null);
        }

        static TypingEvent agent(ConversationEvent event, AgentRoster roster) {
            return new TypingEvent("typing", event.conversationId(), "agent", event.agent().flatMap(roster::find)
                    .map(Agent::displayName).or(event::agent).orElse(null));
        }
    }

    /** A colleague added an internal note (agents' desks only): the console reloads the conversation if it shows it. */
    record NoteEvent(String type, String conversationId, String agent) {

        static NoteEvent of(ConversationEvent event) {
            return new NoteEvent("note", event.conversationId(), event.agent().orElse(null));
        }
    }

    /** The callback requests changed (one made or done): the console reloads its list. */
    record CallbacksEvent(String type) {

        static final CallbacksEvent CHANGED = new CallbacksEvent("callbacks");
    }

    /** A queued shopper's place and wait, sent whenever the queue moves. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QueuePositionEvent(String type, int position, Long estimatedWaitSeconds) {
    }

    /** The agent's view of the queue, sent on connect and whenever the queue moves. */
    record AgentQueueEvent(String type, List<AgentDeskController.QueuedConversation> conversations) {
    }

    static boolean changesState(ConversationEvent event) {
        return switch (event.type()) {
            case HANDED_OFF, CLAIMED, RELEASED, TRANSFERRED, RESOLVED, RETURNED_TO_BOT, REOPENED -> true;
            default -> false;
        };
    }
}
