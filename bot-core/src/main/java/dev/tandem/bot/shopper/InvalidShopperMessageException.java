package dev.tandem.bot.shopper;

/** A shopper message the bot cannot take (blank, too long); the text says why, for the shopper's client. */
public final class InvalidShopperMessageException extends RuntimeException {

    public InvalidShopperMessageException(String reason) {
        super(reason);
    }
}
