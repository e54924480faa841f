package dev.tandem.bot.orders;

import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.OrderMemory;
import dev.tandem.bot.conversation.OrderMemory.Step;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.LinkCustomer;
import dev.tandem.bot.customer.LinkSource;
import dev.tandem.bot.dialogue.BotDecision;
import dev.tandem.bot.dialogue.BotReply;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.dialogue.OrderAnswers;
import dev.tandem.bot.dialogue.OrderConversation;
import dev.tandem.bot.dialogue.QuickReplies;
import dev.tandem.bot.dialogue.UnderstoodMessage;
import dev.tandem.bot.orders.port.FailedProofs;
import dev.tandem.bot.orders.port.OrderLookup;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * "Where is my order?" as a conversation: the number (from the message or asked for), then proof that the
 * order is the shopper's (the e-mail or phone on it) before anything about it is said, then the status,
 * carrier, tracking and dates, and what can be done now (cancel while processing, return while within the
 * window). A wrong contact reveals nothing, not even whether the order exists; after
 * {@link #MAX_FAILED_VERIFICATIONS} in a conversation a person takes over. Failures are also counted for the
 * whole shop by order number and by contact ({@link FailedProofs}, {@link ProofLimits}): past the free tries the
 * bot makes the shopper wait before it checks again, and then leaves the checking to a person, so opening a new
 * conversation per guess does not help. A number and a contact prove enough to see an order, not to change it:
 * a confirmed cancel or return goes to a person, who makes sure it is the customer. When the order system is
 * down the bot says so and offers a person: it never guesses a status.
 */
public final class OrderDialogue implements OrderConversation {

    public static final int MAX_FAILED_VERIFICATIONS = 3;

    private final OrderLookup orders;
    private final LinkCustomer customers;
    private final FailedProofs failedProofs;
    private final ProofLimits limits;
    private final Clock clock;

    public OrderDialogue(OrderLookup orders, Clock clock) {
        this(orders, LinkCustomer.NONE, clock);
    }

    public OrderDialogue(OrderLookup orders, LinkCustomer customers, Clock clock) {
        this(orders, customers, FailedProofs.NONE, ProofLimits.defaults(), clock);
    }

    /**
     * @param customers    told of every contact a shopper proves an order with: that is who they are
     * @param failedProofs the shop-wide count of wrong proofs, by order number and contact
     */
    public OrderDialogue(OrderLookup orders, LinkCustomer customers, FailedProofs failedProofs, ProofLimits limits,
                         Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.failedProofs = failedProofs;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Mono<BotDecision> answer(UnderstoodMessage message) {
        Language language = message.language();
        OrderMemory memory = message.order();
        String text = message.text();
        OrderReplies reply = new OrderReplies(message);
        OrderAnswers given = OrderAnswers.in(text);
        return switch (memory.step()) {
            // A number and a contact can be guessed: a person makes sure it is the customer, then does it.
            case CONFIRM_CANCEL, CONFIRM_RETURN -> Mono.just(confirmed(text)
                    ? reply.message.handOff(HandoffReason.ORDER_ACTION, memory)
                    : reply.done(BotTexts.text(language, "order.kept"), memory.leftAside()));
            case NONE, ASK_NUMBER, ASK_CONTACT -> lookUp(reply, memory, given, text);
        };
    }

    private Mono<BotDecision> lookUp(OrderReplies reply, OrderMemory memory, OrderAnswers given, String text) {
        Language language = reply.language;
        if (memory.verifiedOrder().isPresent() && given.orderNumber().isEmpty()) {
            String verified = memory.verifiedOrder().get();
            if (QuickReplies.CANCEL_ORDER.matches(text)) {
                return Mono.just(reply.asking(BotTexts.text(language, "order.confirm-cancel", verified),
                        memory.asking(Step.CONFIRM_CANCEL, Optional.of(verified)), confirmButtons(language)));
            }
            if (QuickReplies.START_RETURN.matches(text)) {
                return Mono.just(reply.asking(BotTexts.text(language, "order.confirm-return", verified),
                        memory.asking(Step.CONFIRM_RETURN, Optional.of(verified)), confirmButtons(language)));
            }
        }
        Optional<String> number = given.orderNumber()
                .or(() -> memory.step() == Step.ASK_CONTACT ? memory.orderNumber() : Optional.empty())
                .or(() -> given.hasContact() ? memory.orderNumber() : Optional.empty());
        if (number.isEmpty()) {
            return Mono.just(reply.asking(BotTexts.text(language, "order.ask-number"), memory.asking(Step.ASK_NUMBER,
                    Optional.empty()), List.of()));
        }
        if (memory.isVerified(number.get())) {
            return find(reply, memory, number.get(), Optional.empty());
        }
        if (!given.hasContact()) {
            return Mono.just(reply.asking(BotTexts.text(language, "order.ask-contact", number.get()),
                    memory.asking(Step.ASK_CONTACT, number), List.of()));
        }
        return prove(reply, memory.asking(Step.ASK_CONTACT, number), number.get(), given);
    }

    /** Checks the contact against the order, unless the shop-wide failures say to wait or to leave it to a person. */
    private Mono<BotDecision> prove(OrderReplies reply, OrderMemory memory, String number, OrderAnswers given) {
        List<ProofKey> keys = ProofKey.of(number, given);
        Instant now = clock.instant();
        return failedProofs.since(keys, now.minus(limits.window())).collectList().flatMap(counts -> {
            ProofLimits.Verdict verdict = limits.verdict(counts, now);
            if (verdict instanceof ProofLimits.Verdict.Wait wait) {
                long minutes = Math.max(1, (wait.left().toSeconds() + 59) / 60);
                return Mono.just(reply.asking(BotTexts.text(reply.language, "order.proof-wait", minutes), memory,
                        List.of(BotTexts.text(reply.language, "quick-reply.human"))));
            }
            if (verdict instanceof ProofLimits.Verdict.PersonNeeded) {
                return Mono.just(verificationFailed(reply, memory));
            }
            return find(reply, memory, number, Optional.of(given), keys, now);
        });
    }

    private Mono<BotDecision> find(OrderReplies reply, OrderMemory memory, String number, Optional<OrderAnswers> proof) {
        return find(reply, memory, number, proof, List.of(), clock.instant());
    }

    /**
     * Looks the order up; with {@code proof}, shows it only if the proof matches, and counts a failure if not:
     * in the conversation, and for each of {@code keys} in the whole shop.
     */
    private Mono<BotDecision> find(OrderReplies reply, OrderMemory memory, String number, Optional<OrderAnswers> proof,
                                   List<ProofKey> keys, Instant now) {
        Mono<Void> counted = keys.isEmpty() ? Mono.empty() : failedProofs.failed(keys, now, now.minus(limits.window()));
        return orders.find(number)
                .filter(order -> proof.map(given -> belongsTo(order, given)).orElse(true))
                .flatMap(order -> proof.map(given -> proven(reply.conversationId, order, given)).orElse(Mono.empty())
                        .thenReturn(order))
                .map(order -> reply.status(order, memory.verified(number), today()))
                .switchIfEmpty(Mono.defer(() -> counted.then(Mono.fromSupplier(() -> mismatch(reply, memory)))))
                .onErrorResume(OrderLookupUnavailableException.class, down -> Mono.just(unavailable(reply, memory)));
    }

    private static BotDecision mismatch(OrderReplies reply, OrderMemory memory) {
        OrderMemory failed = memory.failedOnce();
        if (failed.failedVerifications() >= MAX_FAILED_VERIFICATIONS) {
            return verificationFailed(reply, failed);
        }
        return reply.asking(BotTexts.text(reply.language, "order.mismatch"), failed, List.of());
    }

    private static BotDecision verificationFailed(OrderReplies reply, OrderMemory memory) {
        return reply.message.handOff(HandoffReason.ORDER_VERIFICATION_FAILED, memory);
    }

    private static BotDecision unavailable(OrderReplies reply, OrderMemory memory) {
        return reply.message.aboutOrder(List.of(new BotReply(BotTexts.text(reply.language, "order.unavailable"),
                Optional.empty(), List.of(BotTexts.text(reply.language, "quick-reply.human")))), memory.leftAside());
    }

    /** The e-mail on the order (any case), or the phone's last nine digits (with or without a country code). */
    static boolean belongsTo(Order order, OrderAnswers given) {
        return emailMatches(order, given) || phoneMatches(order, given);
    }

    private static boolean emailMatches(Order order, OrderAnswers given) {
        return given.email().filter(address -> address.equalsIgnoreCase(order.email().strip())).isPresent();
    }

    private static boolean phoneMatches(Order order, OrderAnswers given) {
        return given.phone().isPresent() && order.phone().isPresent()
                && lastDigits(given.phone().get()).equals(lastDigits(order.phone().get()));
    }

    /** The shopper proved the order: the contact that matched (only that one) is theirs. */
    private Mono<Void> proven(String conversationId, Order order, OrderAnswers given) {
        Identity identity;
        try {
            identity = emailMatches(order, given) ? Identity.email(order.email())
                    : Identity.phone(order.phone().orElseThrow());
        } catch (RuntimeException unusable) {
            // A contact the shop stores oddly must not cost the shopper their answer: no link, the status still.
            return Mono.empty();
        }
        return customers.link(conversationId, identity, LinkSource.ORDER_VERIFICATION, Optional.of(order.number()));
    }

    private static String lastDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 9 ? digits : digits.substring(digits.length() - 9);
    }

    private static boolean confirmed(String text) {
        return QuickReplies.CONFIRM.matches(text);
    }

    private static List<String> confirmButtons(Language language) {
        return List.of(BotTexts.text(language, "quick-reply.confirm"), BotTexts.text(language, "quick-reply.decline"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
