package dev.tandem.kb;

/** {@code handoff:} in an FAQ entry's front matter: may the bot offer, or must it make, a handoff after answering. */
public enum HandoffMode {
    /** After the answer the shopper may ask for a person (the default). */
    OFFER,
    /** The answer is given and the conversation goes to an agent in the same turn (damaged goods, double charges). */
    ALWAYS,
    /** The answer is complete on its own; no handoff is offered. */
    NEVER
}
