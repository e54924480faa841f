package dev.tandem.bot.conversation;

/** Who wrote a message. SYSTEM messages are notices (queue position, state changes), never answers. */
public enum Author {
    SHOPPER,
    BOT,
    AGENT,
    SYSTEM
}
