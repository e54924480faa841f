package dev.tandem.bot.conversation;

/** Why a conversation went to the agent queue: shown to agents and counted in analytics. */
public enum HandoffReason {
    /** The shopper asked for a person. */
    SHOPPER_REQUEST,
    /** The bot was not confident twice in a row, even after a clarifying question. */
    LOW_CONFIDENCE,
    /** The shopper rated an answer unhelpful and still needed help. */
    UNHELPFUL_ANSWER,
    /** The shopper complained; a person should answer a complaint. */
    COMPLAINT,
    /** The FAQ entry says a person must follow up (double charge, damaged goods). */
    POLICY,
    /** The shopper is frustrated: the same question again, abuse, shouting. */
    FRUSTRATION,
    /** The shopper asked about an order and the order system could not be reached. */
    ORDER_LOOKUP_UNAVAILABLE,
    /** Three attempts to prove an order is the shopper's failed: a person checks who they are. */
    ORDER_VERIFICATION_FAILED,
    /** The shopper asked to cancel or return an order: a person makes sure it is the customer, then does it. */
    ORDER_ACTION
}
