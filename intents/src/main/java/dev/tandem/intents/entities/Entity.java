package dev.tandem.intents.entities;

/**
 * A reference found in a message: its type, its normalised value (an order number without "#" or "nr",
 * a phone number with digits and a leading + only) and where it stands in the text.
 */
public record Entity(EntityType type, String value, int start, int end) {
}
