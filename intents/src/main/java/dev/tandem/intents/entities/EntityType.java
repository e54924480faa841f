package dev.tandem.intents.entities;

/** What a piece of a shopper's message refers to. */
public enum EntityType {
    ORDER_NUMBER,
    EMAIL,
    PHONE,
    TRACKING_NUMBER
}
