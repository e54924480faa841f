package dev.tandem.adapters.orders;

import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderLookupUnavailableException;
import dev.tandem.bot.orders.OrderStatus;
import dev.tandem.bot.orders.ReturnLabel;
import dev.tandem.bot.orders.port.OrderLookup;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The embedded demo store of the demo shop Lumo: tables {@code shop_order}, {@code shop_order_item} and
 * {@code shop_return} (Flyway {@code V3__demo_orders.sql}, seeded with 32 orders in every state). Changes are
 * single conditional statements, so two shoppers racing for the same order cannot both win: a cancel is
 * {@code UPDATE … WHERE status = 'PROCESSING'}, a return an {@code INSERT … SELECT} that only matches a
 * delivered order within its return deadline.
 *
 * <p>The seed is written as of {@link #SEED_DAY}. So that the demo shop works whenever someone tries it, its
 * calendar moves with today's date: every date is shown shifted by the days since the seed day (an order
 * "placed yesterday" stays placed yesterday, 100512 always has 22 days left to return), and what the store
 * writes (a cancel's or a return's time) is kept on the seed's calendar, shifted back.
 */
public final class DemoStoreOrderLookup implements OrderLookup {

    /** Where the shopper downloads the prepaid return label of a return. */
    static final String LABEL_URL = "https://lumo.example/returns/%s/label.pdf";

    /** The day the seed's dates are written for (V3__demo_orders.sql). */
    static final LocalDate SEED_DAY = LocalDate.of(2026, 11, 25);

    private final DatabaseClient db;
    private final Clock clock;
    private final ZoneId zone;
    private final boolean moving;

    /**
     * The demo store with its calendar moving with today's date (see the class comment).
     *
     * @param clock what "now" is (a cancel's time, today for the return deadline)
     * @param zone  the shop's time zone: the calendar the return deadlines are in
     */
    public DemoStoreOrderLookup(DatabaseClient db, Clock clock, ZoneId zone) {
        this(db, clock, zone, true);
    }

    /** The seed's dates as written, whatever today is: for checking deadlines against a fixed clock. */
    static DemoStoreOrderLookup onTheSeedsCalendar(DatabaseClient db, Clock clock, ZoneId zone) {
        return new DemoStoreOrderLookup(db, clock, zone, false);
    }

    private DemoStoreOrderLookup(DatabaseClient db, Clock clock, ZoneId zone, boolean moving) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
        this.moving = moving;
    }

    @Override
    public Mono<Order> find(String orderNumber) {
        return unavailableOnFailure(load(orderNumber));
    }

    @Override
    public Mono<Order> cancel(String orderNumber) {
        Mono<Order> cancel = db.sql("UPDATE shop_order SET status = 'CANCELLED', cancelled_at = :now "
                        + "WHERE order_number = :number AND status = 'PROCESSING'")
                .bind("now", nowOnTheSeedsCalendar())
                .bind("number", orderNumber)
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 1
                        ? load(orderNumber)
                        : load(orderNumber).flatMap(order ->
                                Mono.error(new OrderNotCancellableException(orderNumber, order.status()))));
        return unavailableOnFailure(cancel);
    }

    @Override
    public Mono<ReturnLabel> startReturn(String orderNumber) {
        String returnNumber = "R" + orderNumber;
        ReturnLabel label = new ReturnLabel(orderNumber, returnNumber, LABEL_URL.formatted(returnNumber));
        Mono<ReturnLabel> start = db.sql("""
                        INSERT INTO shop_return (return_number, order_number, label_url, state, created_at, received_at)
                        SELECT :returnNumber, o.order_number, :labelUrl, 'AWAITING_PARCEL', :now, NULL
                        FROM shop_order o
                        WHERE o.order_number = :number AND o.status = 'DELIVERED' AND o.return_deadline >= :today
                          AND NOT EXISTS (SELECT 1 FROM shop_return r WHERE r.order_number = o.order_number)""")
                .bind("returnNumber", returnNumber)
                .bind("labelUrl", label.labelUrl())
                .bind("now", nowOnTheSeedsCalendar())
                .bind("number", orderNumber)
                .bind("today", today().minusDays(shiftDays()))
                .fetch().rowsUpdated()
                .onErrorResume(DataIntegrityViolationException.class, raced -> Mono.just(0L))
                .flatMap(inserted -> inserted == 1 ? Mono.just(label) : existingReturnOrRefusal(orderNumber));
        return unavailableOnFailure(start);
    }

    /**
     * Nothing was inserted: the return already started (asking twice gives the same label), or the order is
     * unknown (empty), not delivered, or past its deadline.
     */
    private Mono<ReturnLabel> existingReturnOrRefusal(String orderNumber) {
        return load(orderNumber).flatMap(order -> {
            if (order.status() != OrderStatus.DELIVERED) {
                return Mono.error(new OrderNotReturnableException(orderNumber,
                        OrderNotReturnableException.Reason.NOT_DELIVERED, order.status(), order.returnDeadline()));
            }
            return db.sql("SELECT return_number, label_url FROM shop_return WHERE order_number = :number")
                    .bind("number", orderNumber)
                    .map(row -> new ReturnLabel(orderNumber, row.get("return_number", String.class),
                            row.get("label_url", String.class)))
                    .one()
                    .switchIfEmpty(Mono.error(() -> new OrderNotReturnableException(orderNumber,
                            OrderNotReturnableException.Reason.RETURN_WINDOW_CLOSED, order.status(),
                            order.returnDeadline())));
        });
    }

    private Mono<Order> load(String orderNumber) {
        long shift = shiftDays();
        Mono<OrderRow> row = db.sql("SELECT * FROM shop_order WHERE order_number = :number")
                .bind("number", orderNumber)
                .map(found -> orderRow(found, shift))
                .one();
        return row.flatMap(order -> db.sql(
                                "SELECT product, quantity FROM shop_order_item WHERE order_number = :number ORDER BY line_no")
                        .bind("number", orderNumber)
                        .map(item -> JsonFields.item(item.get("product", String.class), item.get("quantity", Integer.class)))
                        .all()
                        .collectList()
                        .map(order::withItems));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Days from the seed's calendar to the one shown; never backwards (a clock before the seed day shows it as written). */
    private long shiftDays() {
        return moving ? Math.max(0, ChronoUnit.DAYS.between(SEED_DAY, today())) : 0;
    }

    private OffsetDateTime nowOnTheSeedsCalendar() {
        return OffsetDateTime.now(clock).minusDays(shiftDays()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static <T> Mono<T> unavailableOnFailure(Mono<T> call) {
        return call.onErrorMap(failure -> !(failure instanceof OrderActionRejectedException),
                failure -> new OrderLookupUnavailableException("demo order store unavailable: " + failure.getMessage(),
                        failure));
    }

    /** A {@code shop_order} row before its items are read. */
    private record OrderRow(Order order) {

        Order withItems(List<String> items) {
            return new Order(order.number(), order.status(), order.email(), order.phone(), order.placedAt(),
                    order.carrier(), order.trackingNumber(), order.trackingUrl(), order.expectedDelivery(),
                    order.deliveredOn(), order.returnDeadline(), items);
        }
    }

    private static OrderRow orderRow(Readable row, long shiftDays) {
        Duration shift = Duration.ofDays(shiftDays);
        return new OrderRow(new Order(
                row.get("order_number", String.class),
                OrderStatus.valueOf(row.get("status", String.class)),
                row.get("email", String.class),
                Optional.ofNullable(row.get("phone", String.class)),
                row.get("placed_at", OffsetDateTime.class).toInstant().plus(shift),
                Optional.ofNullable(row.get("carrier", String.class)),
                Optional.ofNullable(row.get("tracking_number", String.class)),
                Optional.ofNullable(row.get("tracking_url", String.class)),
                Optional.ofNullable(row.get("expected_delivery", LocalDate.class)).map(day -> day.plusDays(shiftDays)),
                Optional.ofNullable(row.get("delivered_on", LocalDate.class)).map(day -> day.plusDays(shiftDays)),
                Optional.ofNullable(row.get("return_deadline", LocalDate.class)).map(day -> day.plusDays(shiftDays)),
                List.of()));
    }
}
