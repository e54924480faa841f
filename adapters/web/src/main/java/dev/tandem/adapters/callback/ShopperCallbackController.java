package dev.tandem.adapters.callback;

import dev.tandem.adapters.error.ApiException;
import dev.tandem.adapters.shopper.BearerToken;
import dev.tandem.adapters.shopper.MessageView;
import dev.tandem.bot.callback.RequestCallback;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import dev.tandem.bot.team.port.AgentRoster;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/conversations/{id}/callback} (the conversation's token) {@code {"phone","window"}}: a shopper
 * waiting for a person asks to be called back. {@code 201} with the request and the transcript line confirming it;
 * {@code 400 invalid_callback} for a number that is not one or an unknown window, {@code 409 not_waiting} outside
 * the queue, {@code 409 callback_already_requested} while one is open.
 */
@RestController
@RequestMapping("/api/v1/conversations")
public class ShopperCallbackController {

    private final RequestCallback requestCallback;
    private final AgentRoster roster;

    public ShopperCallbackController(RequestCallback requestCallback, AgentRoster roster) {
        this.requestCallback = requestCallback;
        this.roster = roster;
    }

    public record CallbackRequestBody(String phone, String window) {
    }

    public record Requested(CallbackView callback, MessageView confirmation) {
    }

    @PostMapping("/{id}/callback")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<Requested> request(@PathVariable String id,
                                   @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                   @RequestBody(required = false) CallbackRequestBody body) {
        String token = BearerToken.from(authorization);
        if (body == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_callback",
                    "the body must be {\"phone\": \"+48 600 100 200\", \"window\": \"any-time|morning|afternoon|evening\"}");
        }
        return requestCallback.request(id, token, body.phone(), body.window() == null ? "any-time" : body.window())
                .map(requested -> new Requested(CallbackView.of(requested.request(), roster),
                        MessageView.of(requested.confirmation())))
                .onErrorMap(CallbackErrors::api);
    }
}
