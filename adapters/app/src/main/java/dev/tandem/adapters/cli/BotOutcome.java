package dev.tandem.adapters.cli;

/** What the bot did with one message in a new conversation, judged from the turn it took (first that applies). */
sealed interface BotOutcome {

    /** A reply carries this FAQ entry's id (whether or not the conversation was also handed off). */
    record FaqAnswer(String faqId) implements BotOutcome {
    }

    /** The conversation was queued for a person in that turn. */
    record HandedOff() implements BotOutcome {
    }

    /** The turn started the order conversation: asked for the order number or contact, or looked the order up. */
    record OrderLookup() implements BotOutcome {
    }

    /** The bot was unsure and asked, offering its best guesses. */
    record Clarifying() implements BotOutcome {
    }

    /** Anything else: small talk, "I did not understand". */
    record Other() implements BotOutcome {
    }

    /** A short name for tables. */
    default String describe() {
        if (this instanceof FaqAnswer answer) {
            return "faq:" + answer.faqId();
        }
        if (this instanceof HandedOff) {
            return "handed off";
        }
        if (this instanceof OrderLookup) {
            return "order lookup";
        }
        return this instanceof Clarifying ? "asked" : "other";
    }
}
