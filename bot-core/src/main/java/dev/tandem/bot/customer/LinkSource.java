package dev.tandem.bot.customer;

/**
 * Why a conversation is known to be a given person's; agents see it, so they can weigh it. A verified order
 * is proof; a Telegram account is Telegram's word; an e-mail sender is only as trustworthy as the mail
 * server's SPF/DKIM checks.
 */
public enum LinkSource {
    /** The shopper proved an order with the e-mail or phone on it. */
    ORDER_VERIFICATION,
    /** The conversation is a Telegram chat with this user. */
    TELEGRAM_ACCOUNT,
    /** The conversation is an e-mail thread from this address. */
    EMAIL_SENDER
}
