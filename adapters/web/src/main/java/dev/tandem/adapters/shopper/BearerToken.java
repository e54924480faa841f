package dev.tandem.adapters.shopper;

import dev.tandem.adapters.error.ApiException;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** The conversation token from {@code Authorization: Bearer <token>}. */
public final class BearerToken {

    private static final String PREFIX = "bearer ";

    private BearerToken() {
    }

    public static String from(String authorization) {
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(PREFIX)
                || authorization.substring(PREFIX.length()).isBlank()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "send the conversation's token as 'Authorization: Bearer <token>'");
        }
        return authorization.substring(PREFIX.length()).strip();
    }
}
