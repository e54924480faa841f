package dev.tandem.bot.privacy;

import dev.tandem.bot.privacy.port.PersonalDataStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Exports and erases a customer's conversations, found by their e-mail address, and enforces the retention
 * period. A conversation a person is still working on (queued or assigned) is never deleted by retention.
 */
public final class PersonalDataService implements PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
        return Flux.defer(() -> store.conversationsOf(valid(email))
                .concatMap(conversation -> Mono.zip(store.transcript(conversation.id()).collectList(),
                                store.customerLinks(conversation.id()).collectList())
                        .map(loaded -> new CustomerConversation(conversation, loaded.getT1(), loaded.getT2()))));
    }

    @Override
    public Mono<Long> erase(String email) {
        return Mono.defer(() -> store.delete(store.conversationsOf(valid(email))
                .map(conversation -> conversation.id())));
    }

    @Override
    public Mono<Long> applyRetention() {
        return retention.map(keep -> store.delete(store.inactiveSince(clock.instant().minus(keep))))
                .orElse(Mono.just(0L));
    }

    private static String valid(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw new InvalidEmailException("'" + email + "' is not an e-mail address");
        }
        return address;
    }
}
