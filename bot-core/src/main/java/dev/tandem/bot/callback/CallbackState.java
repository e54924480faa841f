package dev.tandem.bot.callback;

import java.time.Instant;
import java.util.Objects;

/** Where a callback task stands: waiting for an agent to call, or done, by whom and when. */
public sealed interface CallbackState {

    record Open() implements CallbackState {
    }

    record Done(String agent, Instant at) implements CallbackState {

        public Done {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(at, "at");
        }
    }

    CallbackState OPEN = new Open();
}
