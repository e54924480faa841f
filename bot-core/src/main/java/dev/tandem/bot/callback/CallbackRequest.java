package dev.tandem.bot.callback;

import dev.tandem.intents.Language;
import java.time.Instant;
import java.util.Objects;

/**
 * A shopper's request to be called back instead of waiting in the chat: an agent's task until one marks it done.
 *
 * @param language the conversation's language: the call is in it
 */
public record CallbackRequest(String id, String conversationId, Language language, PhoneNumber phone, TimeWindow window,
                              Instant requestedAt, CallbackState state) {

    public CallbackRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(state, "state");
    }

    public boolean open() {
        return state instanceof CallbackState.Open;
    }

    public CallbackRequest doneBy(String agent, Instant at) {
        return new CallbackRequest(id, conversationId, language, phone, window, requestedAt, new CallbackState.Done(agent, at));
    }
}
