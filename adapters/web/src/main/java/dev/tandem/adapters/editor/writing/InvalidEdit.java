package dev.tandem.adapters.editor.writing;

/** An edit that cannot be made as asked (bad id, unknown language, missing field); nothing was written. */
public class InvalidEdit extends RuntimeException {

    private final String error;

    public InvalidEdit(String error, String message) {
        super(message);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
