package dev.tandem.adapters.metrics;

/**
 * The business meters' names (Micrometer's dotted form; Prometheus shows {@code tandem.bot.turns} as
 * {@code tandem_bot_turns_total}). Tags are low-cardinality only: a language, an outcome, a reason, a backend,
 * a channel; never an id or a text. The README's "Metrics" section and {@code docs/operations/grafana-dashboard.json}
 * use these names.
 */
public final class MetricNames {

    /** Counter; tags {@code language}, {@code outcome} (answered, clarified, handed_off, unanswered). */
    public static final String BOT_TURNS = "tandem.bot.turns";
    /** Counter; tags {@code language}, {@code reason} (the handoff reason, lower case). */
    public static final String HANDOFFS = "tandem.handoffs";
    /** Gauge; tag {@code language}: conversations waiting for an agent (not yet claimed). */
    public static final String QUEUE_LENGTH = "tandem.queue.length";
    /** Gauge in seconds; tag {@code language}: how long the longest-waiting conversation has waited. */
    public static final String QUEUE_OLDEST_WAIT = "tandem.queue.oldest.wait";
    /** Timer: from handoff to an agent's claim. */
    public static final String QUEUE_WAIT = "tandem.queue.wait";
    /** Timer: from an agent's claim to resolve. */
    public static final String HANDLE_TIME = "tandem.conversation.handle";
    /** Distribution summary of CSAT scores (1..5); tag {@code handled_by} (bot, agent). */
    public static final String CSAT = "tandem.csat.score";
    /** Timer; tags {@code backend}, {@code operation} (find, cancel, return), {@code outcome} (success, not_found, rejected, failure). */
    public static final String ORDER_LOOKUP = "tandem.order.lookup";
    /** Counter; tag {@code channel} (telegram, email): answers a channel could not deliver (retried or left in the transcript). */
    public static final String CHANNEL_DELIVERY_FAILURES = "tandem.channel.delivery.failures";
    /** Counter; tag {@code result} (success, rejected_files, failure): hot reloads of the content directory. */
    public static final String CONTENT_RELOADS = "tandem.content.reloads";

    private MetricNames() {
    }
}
