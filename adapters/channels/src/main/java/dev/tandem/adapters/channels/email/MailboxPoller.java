package dev.tandem.adapters.channels.email;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the support mailbox every poll interval: each unseen mail is taken into its conversation
 * ({@link EmailInbound}) and only then marked seen, so a mail is never lost to a crash or a failing database —
 * it is simply read again next time. A mail that fails three times is marked seen and logged, so one broken
 * mail cannot block the rest. A mailbox that cannot be reached is logged once and tried again every interval;
 * the chat does not notice (the poller has its own thread).
 */
final class MailboxPoller implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);
    private static final int MAX_FAILURES = 3;
    private static final Duration MAIL_PATIENCE = Duration.ofMinutes(2);

    private final MailServers servers;
    private final EmailInbound inbound;
    private final EmailProperties properties;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private volatile boolean unreachable;
    private final MailThread worker = new MailThread("tandem-email-in");

    MailboxPoller(MailServers servers, EmailInbound inbound, EmailProperties properties) {
        this.servers = servers;
        this.inbound = inbound;
        this.properties = properties;
    }

    /** One look into the mailbox; never throws. */
    void poll() {
        Store store = null;
        try {
            store = servers.openStore();
            Folder folder = servers.inbox(store);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                int taken = 0;
                for (Message mail : unseen) {
                    if (taken++ >= properties.maxMailsPerPoll()) {
                        break;
                    }
                    take(mail);
                }
            } finally {
                folder.close(false);
            }
            if (unreachable) {
                LOG.info("The support mailbox can be read again");
                unreachable = false;
            }
        } catch (MessagingException | RuntimeException failure) {
            if (!unreachable) {
                LOG.warn("Could not read the support mailbox {}:{}; trying again every {}: {}", properties.imap().host(),
                        properties.imap().port(), properties.pollInterval(), failure.toString());
            } else {
                LOG.debug("The support mailbox is still unreachable: {}", failure.toString());
            }
            unreachable = true;
        } finally {
            close(store);
        }
    }

    private void take(Message mail) throws MessagingException {
        String key = key(mail);
        try {
            ReceivedMail read = ReceivedMail.read((MimeMessage) mail);
            inbound.accept(read).block(MAIL_PATIENCE);
            mail.setFlag(Flags.Flag.SEEN, true);
            failures.remove(key);
        } catch (IOException | RuntimeException | MessagingException failure) {
            if (failure instanceof MessagingException && !mail.getFolder().isOpen()) {
                throw (MessagingException) failure; // the connection dropped: the whole poll is retried
            }
            int failed = failures.merge(key, 1, Integer::sum);
            if (failed >= MAX_FAILURES) {
                LOG.error("Gave up on mail {} after {} attempts; it is marked seen and stays in the mailbox", key,
                        failed, failure);
                mail.setFlag(Flags.Flag.SEEN, true);
                failures.remove(key);
            } else {
                LOG.warn("Could not take mail {} (attempt {}); it is read again next time: {}", key, failed,
                        failure.toString());
            }
        }
    }

    private static String key(Message mail) {
        try {
            String[] ids = mail.getHeader("Message-ID");
            return ids != null && ids.length > 0 ? ids[0] : "#" + mail.getMessageNumber();
        } catch (MessagingException unreadable) {
            return "#" + mail.getMessageNumber();
        }
    }

    private static void close(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // already gone
            }
        }
    }

    @Override
    public void start() {
        worker.start(this::poll, Duration.ZERO, properties.pollInterval());
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }
}
