package dev.tandem.adapters.callback;

import dev.tandem.adapters.error.ApiException;
import dev.tandem.bot.callback.CallbackNotFoundException;
import dev.tandem.bot.callback.InvalidCallbackException;
import org.springframework.http.HttpStatus;

/**
 * The callback use cases' refusals as API errors: 400 for a wrong request, 404 for an unknown task. "Not now"
 * is a state conflict, answered 409 like every other by {@link dev.tandem.adapters.error.ApiErrorHandler}.
 */
final class CallbackErrors {

    private CallbackErrors() {
    }

    static Throwable api(Throwable failure) {
        if (failure instanceof InvalidCallbackException invalid) {
            return new ApiException(HttpStatus.BAD_REQUEST, "invalid_callback", invalid.getMessage());
        }
        if (failure instanceof CallbackNotFoundException missing) {
            return new ApiException(HttpStatus.NOT_FOUND, "callback_not_found", missing.getMessage());
        }
        return failure;
    }
}
