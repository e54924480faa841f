package dev.tandem.bot.learning;

/** A decision named an id that is no learning item. */
public class LearningItemNotFoundException extends RuntimeException {

    public LearningItemNotFoundException(String message) {
        super(message);
    }
}
