package dev.tandem.bot.privacy;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.privacy.port.PersonalDataStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Exports and erases a customer's conversations, found by their whole e-mail address, and enforces the
 * retention period. A conversation a person is still working on (queued or assigned) is never deleted by
 * retention.
 */
public final class PersonalDataService implements PersonalData {

    private final PersonalDataStore store;
    private final Optional<Duration> retention;
    private final Clock clock;

    /** @param retention how long transcripts are kept after their last activity; empty: for ever */
    public PersonalDataService(PersonalDataStore store, Optional<Duration> retention, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public Flux<CustomerConversation> export(String email) {
        return Flux.defer(() -> store.conversationsOf(CustomerAddresses.requested(email))
                .concatMap(conversation -> Mono.zip(store.transcript(conversation.id()).collectList(),
                                store.customerLinks(conversation.id()).collectList(),
                                store.attachments(conversation.id()).collectList(),
                                store.notes(conversation.id()).collectList())
                        .map(loaded -> new CustomerConversation(conversation, loaded.getT1(), loaded.getT2(),
                                loaded.getT3(), loaded.getT4()))));
    }

    @Override
    public Mono<Erasure> erasable(String email) {
        return Mono.defer(() -> {
            String address = CustomerAddresses.requested(email);
            return store.conversationsOf(address).map(Conversation::id).collectList()
                    .map(ids -> new Erasure(address, ids));
        });
    }

    @Override
    public Mono<Erasure> erase(String email) {
        return erasable(email).flatMap(this::deleted);
    }

    @Override
    public Mono<Erasure> erase(String email, Collection<String> confirmedIds) {
        Set<String> confirmed = new LinkedHashSet<>(confirmedIds);
        return erasable(email).flatMap(current -> {
            List<String> notTheirs = confirmed.stream().filter(id -> !current.conversationIds().contains(id)).toList();
            if (!notTheirs.isEmpty()) {
                return Mono.error(new ErasureSetChangedException(current, notTheirs));
            }
            return deleted(new Erasure(current.email(), List.copyOf(confirmed)));
        });
    }

    @Override
    public Mono<Long> applyRetention() {
        return retention.map(keep -> store.delete(store.inactiveSince(clock.instant().minus(keep))))
                .orElse(Mono.just(0L));
    }

    private Mono<Erasure> deleted(Erasure erasure) {
        return store.delete(Flux.fromIterable(erasure.conversationIds())).thenReturn(erasure);
    }
}
