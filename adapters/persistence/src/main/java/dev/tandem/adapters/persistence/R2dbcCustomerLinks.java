package dev.tandem.adapters.persistence;

import dev.tandem.bot.customer.CustomerLink;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.LinkSource;
import dev.tandem.bot.customer.port.CustomerLinks;
import io.r2dbc.spi.Readable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Customer links in the table {@code customer_link} (migration V7), in SQL that H2 and PostgreSQL both run. */
@Component
public class R2dbcCustomerLinks implements CustomerLinks {

    /** Ids per IN list: keeps each statement small whatever the size of the customer. */
    private static final int BATCH = 50;

    private final DatabaseClient db;

    public R2dbcCustomerLinks(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> link(CustomerLink link) {
        return db.sql("""
                        INSERT INTO customer_link (conversation_id, identity_kind, identity_value, source, order_number,
                            linked_at)
                        SELECT :conversationId, :kind, :value, :source, :orderNumber, :linkedAt FROM (VALUES (1)) AS one (x)
                        WHERE NOT EXISTS (SELECT 1 FROM customer_link WHERE conversation_id = :conversationId
                            AND identity_kind = :kind AND identity_value = :value AND order_number = :orderNumber)""")
                .bind("conversationId", link.conversationId())
                .bind("kind", link.identity().kind().name())
                .bind("value", link.identity().value())
                .bind("source", link.source().name())
                .bind("orderNumber", link.orderNumber().orElse(""))
                .bind("linkedAt", Columns.timestamp(link.linkedAt()))
                .then()
                // The same link saved at the same moment by another node: it is there, which is all we wanted.
                .onErrorResume(DataIntegrityViolationException.class, alreadyThere -> Mono.empty());
    }

    @Override
    public Flux<CustomerLink> ofConversations(Collection<String> conversationIds) {
        return Flux.fromIterable(batches(List.copyOf(conversationIds))).concatMap(batch -> db
                .sql("SELECT * FROM customer_link WHERE conversation_id IN (:ids) ORDER BY linked_at, id")
                .bind("ids", batch)
                .map(row -> link(row))
                .all());
    }

    @Override
    public Flux<CustomerLink> withIdentities(Collection<Identity> identities) {
        return Flux.fromIterable(identities).concatMap(identity -> db
                .sql("""
                        SELECT * FROM customer_link WHERE identity_kind = :kind AND identity_value = :value
                        ORDER BY linked_at DESC, id DESC""")
                .bind("kind", identity.kind().name())
                .bind("value", identity.value())
                .map(row -> link(row))
                .all());
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }

    private static CustomerLink link(Readable row) {
        String order = row.get("order_number", String.class);
        return new CustomerLink(row.get("conversation_id", String.class),
                new Identity(Identity.Kind.valueOf(row.get("identity_kind", String.class)),
                        row.get("identity_value", String.class)),
                LinkSource.valueOf(row.get("source", String.class)),
                order == null || order.isEmpty() ? Optional.empty() : Optional.of(order),
                Columns.instant(row, "linked_at"));
    }
}
