package dev.tandem.bot.privacy;

/** A data request must name the customer by a well-formed e-mail address. */
public final class InvalidEmailException extends RuntimeException {

    public InvalidEmailException(String message) {
        super(message);
    }
}
