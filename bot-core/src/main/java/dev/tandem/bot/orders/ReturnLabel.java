package dev.tandem.bot.orders;

/** A started return: its reference and where the shopper downloads the prepaid label. */
public record ReturnLabel(String orderNumber, String returnNumber, String labelUrl) {
}
