package dev.tandem.bot.orders;

import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.dialogue.OrderAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What failed proofs are counted by, store-wide: the order number tried, and the e-mail address or phone
 * number offered as proof. A guesser who keeps one and varies the other runs into the one they keep.
 */
public record ProofKey(Kind kind, String value) {

    public enum Kind {
        ORDER,
        EMAIL,
        PHONE
    }

    public ProofKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /** The keys of one attempt: the order, and each contact given (normalised as they are compared). */
    public static List<ProofKey> of(String orderNumber, OrderAnswers given) {
        List<ProofKey> keys = new ArrayList<>();
        keys.add(new ProofKey(Kind.ORDER, orderNumber.strip()));
        given.email().filter(email -> !email.isBlank())
                .ifPresent(email -> keys.add(new ProofKey(Kind.EMAIL, Identity.email(email).value())));
        given.phone().filter(phone -> !phone.replaceAll("\\D", "").isEmpty())
                .ifPresent(phone -> keys.add(new ProofKey(Kind.PHONE, Identity.phone(phone).value())));
        return List.copyOf(keys);
    }
}
