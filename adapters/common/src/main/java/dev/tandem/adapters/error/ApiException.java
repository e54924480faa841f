package dev.tandem.adapters.error;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status and the {@code error} code it answers with. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    public ApiException(HttpStatus status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public HttpStatus status() {
        return status;
    }

    public String error() {
        return error;
    }
}
