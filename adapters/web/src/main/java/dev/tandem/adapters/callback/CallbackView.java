package dev.tandem.adapters.callback;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tandem.bot.callback.CallbackRequest;
import dev.tandem.bot.callback.CallbackState;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import java.time.Instant;

/**
 * A callback request as the API shows it: {@code state} {@code OPEN} or {@code DONE}, with who marked it done and
 * when ({@code doneByName}: as colleagues know them); {@code window} {@code any-time}, {@code morning}, {@code afternoon} or {@code evening}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackView(String id, String conversationId, String language, String phone, String window,
                           Instant requestedAt, String state, String doneBy, String doneByName, Instant doneAt) {

    /** @param roster names the agent who did it as colleagues know them ("Anna") */
    static CallbackView of(CallbackRequest request, AgentRoster roster) {
        CallbackState.Done done = request.state() instanceof CallbackState.Done finished ? finished : null;
        return new CallbackView(request.id(), request.conversationId(), request.language().code(),
                request.phone().value(), request.window().apiName(), request.requestedAt(), done == null ? "OPEN" : "DONE",
                done == null ? null : done.agent(),
                done == null ? null : roster.find(done.agent()).map(Agent::displayName).orElse(done.agent()),
                done == null ? null : done.at());
    }
}
