package dev.tandem.adapters.content;

import dev.tandem.adapters.error.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The bot was asked something while the shop's content was still loading at start-up. The web server opens only
 * after the load ({@link ContentReadyGate}), so this guards what could ask earlier (a channel polling on its own
 * thread): it is answered as {@code 503 {"error":"starting"}}, never a 500 or an answer from no knowledge.
 */
public class ContentNotReadyException extends ApiException {

    static final String ERROR = "starting";
    static final String MESSAGE = "Tandem is still loading the shop's content; please try again in a few seconds";

    public ContentNotReadyException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, ERROR, MESSAGE);
    }
}
