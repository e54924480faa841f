package dev.tandem.bot.learning;

/** One way a question was put, and how often. */
public record Wording(String text, long count) {
}
