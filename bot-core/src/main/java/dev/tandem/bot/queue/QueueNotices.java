package dev.tandem.bot.queue;

import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.intents.Language;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The sentence that tells a queued shopper where they stand, or when the team is back, in their language. */
public final class QueueNotices {

    private QueueNotices() {
    }

    /**
     * Position and wait while someone is at work; otherwise when the team is back (or that nobody is online)
     * and a request to leave an e-mail address.
     */
    public static String of(Language language, QueueStatus status, boolean attended, BusinessHours hours, Instant now) {
        return of(language, status, attended, hours, now, false);
    }

    /**
     * As {@link #of(Language, QueueStatus, boolean, BusinessHours, Instant)}, but a shopper we can already answer
     * by e-mail (they wrote by e-mail, or left an address before) is told so instead of being asked for one.
     */
    public static String of(Language language, QueueStatus status, boolean attended, BusinessHours hours, Instant now,
                            boolean answerByMail) {
        if (!attended) {
            String suffix = answerByMail ? "-by-mail" : "";
            Optional<ZonedDateTime> back = hours.nextOpening(now);
            return back.map(opening -> BotTexts.text(language, "queue.closed" + suffix, formatted(opening, language)))
                    .orElseGet(() -> BotTexts.text(language, "queue.nobody" + suffix));
        }
        return status.estimatedWait()
                .map(wait -> BotTexts.text(language, "queue.wait", status.position(), minutes(wait.toSeconds())))
                .orElseGet(() -> BotTexts.text(language, "queue.position", status.position()));
    }

    /** Why the conversation goes to a person, the first sentence of the notice that it does. */
    public static String handedOff(Language language, HandoffReason reason) {
        return BotTexts.text(language, switch (reason) {
            case SHOPPER_REQUEST -> "handoff.shopper-request";
            case COMPLAINT -> "handoff.complaint";
            case POLICY -> "handoff.policy";
            case LOW_CONFIDENCE -> "handoff.low-confidence";
            case UNHELPFUL_ANSWER -> "handoff.unhelpful";
            case FRUSTRATION -> "handoff.frustration";
            case ORDER_LOOKUP_UNAVAILABLE -> "handoff.order-lookup";
            case ORDER_VERIFICATION_FAILED -> "handoff.order-verification";
            case ORDER_ACTION -> "handoff.order-action";
        });
    }

    /** Whole minutes, rounded up, at least one: "about 0 min" would promise too much. */
    private static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    private static String formatted(ZonedDateTime opening, Language language) {
        Locale locale = Locale.forLanguageTag(language.code());
        return DateTimeFormatter.ofPattern("EEEE HH:mm", locale).format(opening) + " (" + opening.getZone().getId() + ")";
    }
}
