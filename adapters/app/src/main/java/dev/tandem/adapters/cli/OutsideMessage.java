package dev.tandem.adapters.cli;

import dev.tandem.intents.Language;

/**
 * One labelled message of an outside set: what a shopper wrote, in which language's file, and what the bot must
 * do with it.
 *
 * @param source {@code file:line}, so a result can be traced back to the line that produced it
 */
record OutsideMessage(Language language, Expected expected, String text, String source) {

    /** What the bot must do with the message. */
    sealed interface Expected {

        /** Parses a label: an FAQ id, {@code order_status}, {@code human} or {@code oos}. */
        static Expected of(String label) {
            return switch (label) {
                case "order_status" -> new OrderStatus();
                case "human" -> new Person();
                case "oos" -> new OutOfScope();
                default -> new Faq(label);
            };
        }

        /** The label as written in the set. */
        String label();
    }

    /** Answer from this FAQ entry. */
    record Faq(String id) implements Expected {
        @Override
        public String label() {
            return id;
        }
    }

    /** Start an order lookup. */
    record OrderStatus() implements Expected {
        @Override
        public String label() {
            return "order_status";
        }
    }

    /** Hand the shopper to a person in the same turn. */
    record Person() implements Expected {
        @Override
        public String label() {
            return "human";
        }
    }

    /** Out of scope: any answer but one from the FAQ. */
    record OutOfScope() implements Expected {
        @Override
        public String label() {
            return "oos";
        }
    }
}
