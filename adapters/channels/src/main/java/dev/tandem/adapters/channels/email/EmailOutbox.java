package dev.tandem.adapters.channels.email;

import dev.tandem.adapters.channels.OutboxListener;
import dev.tandem.adapters.channels.email.EmailThreads.Direction;
import dev.tandem.adapters.channels.email.EmailThreads.EmailThread;
import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.bot.shopper.ReadShopperTranscript;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;

/**
 * Mails the answers of every e-mail conversation: the bot's, and an agent's written in the console.
 * The thread remembers how far its transcript was mailed ({@code delivered_seq}), so nothing depends on this
 * node having seen the event: a new message triggers a delivery at once, and a sweep every poll interval picks
 * up what is left (answers written on another node, or while the mail server was down); this node's events reach
 * it through {@link OutboxListener}. All answers waiting in
 * a thread go out as one mail. A failed delivery is logged and tried again after a back-off that doubles up to
 * {@code max-retry-backoff}; it never reaches the chat: deliveries run on their own thread, the event bus only
 * queues them.
 */
final class EmailOutbox implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EmailOutbox.class);
    private static final Duration DATABASE_PATIENCE = Duration.ofSeconds(30);

    private final OutboxListener listener;
    private final EmailThreads threads;
    private final ReadShopperTranscript transcript;
    private final MailServers servers;
    private final EmailProperties properties;
    private final Clock clock;
    private final Counter failures;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    /** Conversations whose shopper's mail is being taken in right now (count of mails), see {@link #arriving}. */
    private final Map<String, Integer> arriving = new ConcurrentHashMap<>();
    private final MailThread worker = new MailThread("tandem-email-out");

    EmailOutbox(InProcessConversationEvents events, EmailThreads threads, ReadShopperTranscript transcript,
                MailServers servers, EmailProperties properties, Clock clock, Counter failures) {
        this.listener = new OutboxListener("e-mail", events, EmailOutbox::mailed,
                message -> queue(message.conversationId()));
        this.failures = failures;
        this.threads = threads;
        this.transcript = transcript;
        this.servers = servers;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues a delivery for the thread unless one is queued already (it will mail everything new). */
    void queue(String conversationId) {
        ScheduledExecutorService running = worker.executor().orElse(null);
        if (running != null && queued.add(conversationId)) {
            try {
                running.execute(() -> {
                    queued.remove(conversationId);
                    deliver(conversationId);
                });
            } catch (RuntimeException stopping) {
                queued.remove(conversationId);
            }
        }
    }

    /**
     * Holds the conversation's deliveries while a shopper's mail is taken in, and queues one when it is in. The
     * bot answers within the turn, but the mail's Message-ID is remembered only once the turn is stored (so a
     * failed turn leaves the mail unseen, to be read again): an answer mailed in between would reply to the
     * shopper's previous mail instead of this one.
     */
    <T> Mono<T> arriving(String conversationId, Mono<T> intake) {
        return Mono.defer(() -> {
            arriving.merge(conversationId, 1, Integer::sum);
            return intake;
        }).doFinally(signal -> {
            arriving.computeIfPresent(conversationId, (id, mails) -> mails == 1 ? null : mails - 1);
            queue(conversationId);
        });
    }

    /** Queues every thread with answers still to mail. */
    void sweep() {
        try {
            List<String> due = threads.due(clock.instant()).collectList().block(DATABASE_PATIENCE);
            if (due != null) {
                due.forEach(this::queue);
            }
        } catch (RuntimeException failure) {
            LOG.warn("Could not look for e-mail answers to send: {}", failure.toString());
        }
    }

    private void deliver(String conversationId) {
        if (arriving.containsKey(conversationId)) {
            return; // queued again once the mail is in
        }
        try {
            EmailThread thread = threads.find(conversationId).block(DATABASE_PATIENCE);
            if (thread == null) {
                listener.otherChannel(conversationId);
                return;
            }
            Instant now = clock.instant();
            if (thread.retryAt().filter(at -> at.isAfter(now)).isPresent()) {
                return; // the sweep tries again once the back-off is over
            }
            List<Message> unsent = transcript.messagesAfter(conversationId, EmailInbound.SHOPPER, thread.deliveredSeq())
                    .collectList().block(DATABASE_PATIENCE);
            if (unsent == null || unsent.isEmpty()) {
                return;
            }
            long lastSeq = unsent.get(unsent.size() - 1).seq();
            List<Message> answers = unsent.stream().filter(EmailOutbox::mailed).toList();
            if (!answers.isEmpty()) {
                send(thread, answers, now);
            }
            threads.delivered(conversationId, lastSeq).block(DATABASE_PATIENCE);
        } catch (MailNotSent failure) {
            failures.increment();
            backOff(conversationId, failure);
        } catch (RuntimeException failure) {
            failures.increment();
            LOG.error("Could not deliver the e-mail answers of conversation {}; the sweep tries again", conversationId,
                    failure);
        }
    }

    /**
     * The bot's and the agents' words. The chat window's status lines (an agent joined, the chat was transferred
     * or resolved) are not worth a mail of their own; the transcript keeps them.
     */
    private static boolean mailed(Message message) {
        return message.author() == Author.BOT || message.author() == Author.AGENT;
    }

    private void send(EmailThread thread, List<Message> answers, Instant now) {
        String conversationId = thread.conversationId();
        String inReplyTo = threads.lastFromShopper(conversationId).block(DATABASE_PATIENCE);
        List<String> threadIds = threads.messageIds(conversationId).collectList().block(DATABASE_PATIENCE);
        String messageId = AnswerMail.newMessageId(properties.domain());
        try {
            MimeMessage mail = AnswerMail.compose(servers.smtpSession(), properties, thread, answers,
                    java.util.Optional.ofNullable(inReplyTo), threadIds == null ? List.of() : threadIds, messageId, now);
            servers.send(mail);
        } catch (MessagingException | RuntimeException failure) {
            throw new MailNotSent(failure);
        }
        LOG.info("Mailed {} answer(s) of conversation {} as {}", answers.size(), conversationId, messageId);
        threads.remember(messageId, conversationId, Direction.OUT, now).block(DATABASE_PATIENCE);
    }

    private void backOff(String conversationId, MailNotSent failure) {
        try {
            EmailThread thread = threads.find(conversationId).block(DATABASE_PATIENCE);
            int failed = thread == null ? 1 : thread.failedAttempts() + 1;
            Duration wait = properties.retryBackoff().multipliedBy(1L << Math.min(failed - 1, 20));
            if (wait.compareTo(properties.maxRetryBackoff()) > 0) {
                wait = properties.maxRetryBackoff();
            }
            threads.failed(conversationId, failed, clock.instant().plus(wait)).block(DATABASE_PATIENCE);
            LOG.warn("Could not mail the answers of conversation {} (attempt {}), trying again in {}: {}",
                    conversationId, failed, wait, failure.getCause().toString());
        } catch (RuntimeException unrecorded) {
            LOG.error("Could not record a failed e-mail delivery of conversation {}", conversationId, unrecorded);
        }
    }

    @Override
    public void start() {
        worker.start(this::sweep, properties.pollInterval(), properties.pollInterval());
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }

    /** Deliveries queued and not yet started (tests wait for 0). */
    int queuedDeliveries() {
        return queued.size();
    }

    /** The SMTP server did not take the mail. */
    private static final class MailNotSent extends RuntimeException {

        MailNotSent(Throwable cause) {
            super(cause);
        }
    }
}
