package dev.tandem.adapters.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.adapters.persistence.H2TestDatabase;
import dev.tandem.bot.orders.Order;
import dev.tandem.bot.orders.OrderStatus;
import dev.tandem.bot.orders.ReturnLabel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo store on the real Flyway migrations (H2), on a fixed day: 25 November 2026 (the seed's own day, so its
 * calendar is not shifted), noon in Warsaw.
 */
class DemoStoreOrderLookupTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T11:00:00Z"), ZoneOffset.UTC);

    private final H2TestDatabase database = new H2TestDatabase();
    private final DemoStoreOrderLookup store = new DemoStoreOrderLookup(database.client, NOV_25, WARSAW);

    @Test
    void givenContractOrder100234_whenFound_thenShippedByInPostWithTrackingNumberAndDemoEmail() {
        Order order = store.find("100234").block();

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.email()).isEqualTo("demo@example.com");
        assertThat(order.trackingNumber()).contains("TRK-100234");
        assertThat(order.carrier()).contains("InPost");
        assertThat(order.trackingUrl()).contains("https://inpost.pl/sledzenie-przesylek?number=TRK-100234");
        assertThat(order.expectedDelivery()).contains(LocalDate.of(2026, 11, 26));
        assertThat(order.items()).containsExactly("Lumo Classic denim jacket, blue, M", "Lumo leather belt, brown, 95 cm");
    }

    @Test
    void givenContractOrder100981_whenFound_thenProcessingWithDemoEmailAndNoCarrierYet() {
        Order order = store.find("100981").block();

        assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(order.email()).isEqualTo("demo@example.com");
        assertThat(order.phone()).contains("+48501234567");
        assertThat(order.carrier()).isEmpty();
        assertThat(order.trackingNumber()).isEmpty();
        assertThat(order.items()).containsExactly("2 × Lumo Basic cotton T-shirt, white, M", "Lumo Trail running shoes, size 42");
    }

    @Test
    void givenTheSeed_whenAllOrdersAreRead_thenAtLeast30InEveryStateWithTheFactsOfThatState() {
        List<Order> orders = allOrderNumbers().stream().map(number -> store.find(number).block()).toList();

        assertThat(orders).hasSizeGreaterThanOrEqualTo(30);
        Map<OrderStatus, List<Order>> byStatus = orders.stream().collect(Collectors.groupingBy(Order::status));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(OrderStatus.values());
        assertThat(orders).allSatisfy(order -> assertThat(order.items()).isNotEmpty());
        assertThat(byStatus.get(OrderStatus.SHIPPED)).allSatisfy(order -> {
            assertThat(order.carrier()).get().isIn("InPost", "DPD", "Nova Poshta");
            assertThat(order.trackingNumber()).isPresent();
            assertThat(order.trackingUrl()).get().asString().startsWith("https://").contains(order.trackingNumber().get());
            assertThat(order.expectedDelivery()).isPresent();
        });
        assertThat(byStatus.get(OrderStatus.DELIVERED)).allSatisfy(order ->
                assertThat(order.returnDeadline()).isEqualTo(order.deliveredOn().map(day -> day.plusDays(30))));
        assertThat(byStatus.get(OrderStatus.PROCESSING)).allSatisfy(order -> assertThat(order.carrier()).isEmpty());
        assertThat(database.client.sql("SELECT COUNT(*) AS n FROM shop_return r JOIN shop_order o "
                        + "ON o.order_number = r.order_number WHERE o.status = 'RETURNED' AND r.state = 'REFUND_PENDING'")
                .map(row -> row.get("n", Long.class)).one().block()).isGreaterThanOrEqualTo(1);
        assertThat(database.client.sql("SELECT DISTINCT currency FROM shop_order")
                .map(row -> row.get("currency", String.class)).all().collectList().block())
                .containsExactlyInAnyOrder("PLN", "UAH");
    }

    @Test
    void givenUnknownOrderNumber_whenLookedUp_thenEmptyForEveryAction() {
        assertThat(store.find("999999").blockOptional()).isEmpty();
        assertThat(store.cancel("999999").blockOptional()).isEmpty();
        assertThat(store.startReturn("999999").blockOptional()).isEmpty();
    }

    @Test
    void givenProcessingOrder_whenCancelled_thenCancelledAndASecondCancelIsRefused() {
        Order cancelled = store.cancel("100981").block();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(store.find("100981").block().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(database.client.sql("SELECT cancelled_at FROM shop_order WHERE order_number = '100981'")
                .map(row -> row.get("cancelled_at", java.time.OffsetDateTime.class).toInstant()).one().block())
                .isEqualTo(NOV_25.instant().truncatedTo(ChronoUnit.SECONDS));
        assertThatThrownBy(() -> store.cancel("100981").block())
                .isInstanceOfSatisfying(OrderNotCancellableException.class,
                        refused -> assertThat(refused.status()).isEqualTo(OrderStatus.CANCELLED));
    }

    @Test
    void givenShippedOrder_whenCancelled_thenRefusedAndStillShipped() {
        assertThatThrownBy(() -> store.cancel("100234").block())
                .isInstanceOfSatisfying(OrderNotCancellableException.class, refused -> {
                    assertThat(refused.orderNumber()).isEqualTo("100234");
                    assertThat(refused.status()).isEqualTo(OrderStatus.SHIPPED);
                });

        assertThat(store.find("100234").block().status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void givenDeliveredOrderWithinItsWindow_whenReturnStarted_thenLabelAndTheSameLabelWhenAskedAgain() {
        ReturnLabel label = store.startReturn("100512").block();

        assertThat(label).isEqualTo(new ReturnLabel("100512", "R100512",
                "https://lumo.example/returns/R100512/label.pdf"));
        assertThat(store.startReturn("100512").block()).isEqualTo(label);
        assertThat(database.client.sql("SELECT state FROM shop_return WHERE order_number = '100512'")
                .map(row -> row.get("state", String.class)).all().collectList().block())
                .containsExactly("AWAITING_PARCEL");
        assertThat(store.find("100512").block().status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void givenDeliveredOrderOnTheLastDayOfItsWindow_whenReturnStarted_thenLabel() {
        DemoStoreOrderLookup onDeadline = DemoStoreOrderLookup.onTheSeedsCalendar(database.client,
                Clock.fixed(Instant.parse("2026-12-17T22:30:00Z"), ZoneOffset.UTC), WARSAW);

        assertThat(onDeadline.startReturn("100512").block().returnNumber()).isEqualTo("R100512");
    }

    @Test
    void givenTheSeedsCalendar_whenADeliveredOrdersWindowHasClosed_thenTheReturnIsRefused() {
        DemoStoreOrderLookup dayAfter = DemoStoreOrderLookup.onTheSeedsCalendar(database.client,
                Clock.fixed(Instant.parse("2026-12-18T09:00:00Z"), ZoneOffset.UTC), WARSAW);

        assertThatThrownBy(() -> dayAfter.startReturn("100512").block())
                .isInstanceOfSatisfying(OrderNotReturnableException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(OrderNotReturnableException.Reason.RETURN_WINDOW_CLOSED));
    }

    /** Someone trying the demo shop months later finds it as it was on the seed day, relative to their today. */
    @Test
    void givenTheDemoTriedFortyDaysAfterTheSeedDay_whenOrdersAreReadAndReturned_thenTheirDatesMovedWithTheCalendar() {
        Clock fortyDaysLater = Clock.fixed(Instant.parse("2027-01-04T11:00:00Z"), ZoneOffset.UTC);
        DemoStoreOrderLookup later = new DemoStoreOrderLookup(database.client, fortyDaysLater, WARSAW);

        Order shipped = later.find("100234").block();
        assertThat(shipped.expectedDelivery()).contains(LocalDate.of(2027, 1, 5));
        assertThat(shipped.placedAt()).isEqualTo(store.find("100234").block().placedAt().plus(40, ChronoUnit.DAYS));
        assertThat(later.find("100512").block().returnDeadline()).contains(LocalDate.of(2027, 1, 26));
        assertThat(later.startReturn("100512").block().returnNumber()).isEqualTo("R100512");
        assertThatThrownBy(() -> later.startReturn("100455").block())
                .isInstanceOfSatisfying(OrderNotReturnableException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(OrderNotReturnableException.Reason.RETURN_WINDOW_CLOSED);
                    assertThat(refused.returnDeadline()).contains(LocalDate.of(2026, 12, 12));
                });

        later.cancel("100981").block();
        assertThat(database.client.sql("SELECT cancelled_at FROM shop_order WHERE order_number = '100981'")
                .map(row -> row.get("cancelled_at", java.time.OffsetDateTime.class).toInstant()).one().block())
                .as("kept on the seed's calendar, so it reads back as today")
                .isEqualTo(NOV_25.instant());
    }

    @Test
    void givenDeliveredOrderPastItsDeadline_whenReturnStarted_thenRefusedWithTheDeadline() {
        assertThatThrownBy(() -> store.startReturn("100455").block())
                .isInstanceOfSatisfying(OrderNotReturnableException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(OrderNotReturnableException.Reason.RETURN_WINDOW_CLOSED);
                    assertThat(refused.returnDeadline()).contains(LocalDate.of(2026, 11, 2));
                });
    }

    @Test
    void givenOrdersNotDelivered_whenReturnStarted_thenRefusedAsNotDelivered() {
        for (String number : List.of("100981", "100234", "100610", "100642")) {
            assertThatThrownBy(() -> store.startReturn(number).block())
                    .isInstanceOfSatisfying(OrderNotReturnableException.class, refused ->
                            assertThat(refused.reason()).isEqualTo(OrderNotReturnableException.Reason.NOT_DELIVERED));
        }
        assertThat(database.client.sql("SELECT COUNT(*) AS n FROM shop_return WHERE state = 'AWAITING_PARCEL'")
                .map(row -> row.get("n", Long.class)).one().block()).isZero();
    }

    @Test
    void givenDeliveredOrder_whenFound_thenDeliveredOnAndDeadlineThirtyDaysLater() {
        Order order = store.find("100822").block();

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.deliveredOn()).contains(LocalDate.of(2026, 11, 13));
        assertThat(order.returnDeadline()).contains(LocalDate.of(2026, 12, 13));
        assertThat(order.carrier()).isEqualTo(Optional.of("Nova Poshta"));
    }

    private List<String> allOrderNumbers() {
        return database.client.sql("SELECT order_number FROM shop_order ORDER BY order_number")
                .map(row -> row.get("order_number", String.class)).all().collectList().block();
    }
}
