package dev.tandem.bot.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as the shop's order system knows it: what the bot may tell the shopper once they proved it is
 * theirs (the e-mail or phone on the order).
 *
 * @param number           the order number the shopper sees (e.g. "100234")
 * @param carrier          who delivers it, once shipped (e.g. "InPost", "DPD", "Nova Poshta")
 * @param trackingUrl      where the shopper can follow the parcel
 * @param expectedDelivery the promised delivery date, while on its way
 * @param returnDeadline   the last day a return can be started (delivered orders)
 */
public record Order(
        String number,
        OrderStatus status,
        String email,
        Optional<String> phone,
        Instant placedAt,
        Optional<String> carrier,
        Optional<String> trackingNumber,
        Optional<String> trackingUrl,
        Optional<LocalDate> expectedDelivery,
        Optional<LocalDate> deliveredOn,
        Optional<LocalDate> returnDeadline,
        List<String> items) {

    public Order {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(email, "email");
        items = List.copyOf(items);
    }
}
