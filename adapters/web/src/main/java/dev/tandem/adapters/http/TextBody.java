package dev.tandem.adapters.http;

import dev.tandem.adapters.error.ApiException;
import org.springframework.http.HttpStatus;

/** A request body {@code {"text": "…"}}: a message written by a shopper or an agent, or an agent's note. */
public record TextBody(String text) {

    /** The text, or a {@code 400} with {@code error} when the body or its text is missing. */
    public static String required(TextBody body, String error) {
        if (body == null || body.text() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, error, "the body must be {\"text\": \"…\"}");
        }
        return body.text();
    }
}
