package dev.tandem.adapters.error;

/** The API's one error shape (DESIGN.md): a stable machine-readable code and a sentence for people. */
public record ApiError(String error, String message) {
}
