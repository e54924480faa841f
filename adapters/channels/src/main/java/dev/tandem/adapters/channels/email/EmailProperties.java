package dev.tandem.adapters.channels.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The {@code tandem.email.*} settings: the e-mail channel (IMAP polling of the shop's support mailbox in, SMTP
 * out).
 *
 * @param enabled          off by default: no mailbox is read and no mail is sent
 * @param address          the support mailbox's address: the From of every answer; mail from it is never taken
 * @param displayName      the name shown with it ("Lumo support"); optional
 * @param imap             where the shoppers' mails are read
 * @param smtp             where answers are sent through
 * @param pollInterval     how often the mailbox is read, and how often undelivered answers are tried again
 * @param timeout          connect and read time-out of one IMAP or SMTP connection
 * @param retryBackoff     after a failed delivery, the first wait before the next try; doubled each time
 * @param maxRetryBackoff  the longest wait between two tries (the answer is never given up on)
 * @param maxMailsPerPoll  the most new mails taken in one poll (the rest wait for the next)
 */
@ConfigurationProperties("tandem.email")
public record EmailProperties(
        @DefaultValue("false") boolean enabled,
        String address,
        String displayName,
        @DefaultValue Imap imap,
        @DefaultValue Smtp smtp,
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("1m") Duration retryBackoff,
        @DefaultValue("30m") Duration maxRetryBackoff,
        @DefaultValue("50") int maxMailsPerPoll) {

    /**
     * @param host     the IMAP server
     * @param port     993 for IMAPS (ssl), 143 for plain IMAP
     * @param ssl      IMAP over TLS (imaps); plain IMAP only to a server on this machine or a trusted network
     * @param username the mailbox's login; default: the address
     * @param password the mailbox's password (or app password)
     * @param folder   the folder new mails arrive in
     */
    public record Imap(String host, @DefaultValue("993") int port, @DefaultValue("true") boolean ssl, String username,
                       String password, @DefaultValue("INBOX") String folder) {
    }

    /**
     * @param host     the SMTP server (the shop's mail provider)
     * @param port     587 for STARTTLS, 465 for SSL, 25 for a local relay
     * @param security {@code starttls} (required), {@code ssl} or {@code none}
     * @param username the login; default: the address; blank password: no login (a local relay)
     */
    public record Smtp(String host, @DefaultValue("587") int port, @DefaultValue("starttls") Security security,
                       String username, String password) {
    }

    public enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    /** Fails start-up with the name of the first missing or invalid property once the channel is enabled. */
    public EmailProperties {
        if (enabled) {
            Assert.isTrue(address != null && !address.isBlank(),
                    "tandem.email.address must be set when tandem.email.enabled=true");
            try {
                new InternetAddress(address, true);
            } catch (AddressException invalid) {
                throw new IllegalArgumentException("tandem.email.address is not an e-mail address: " + address);
            }
            Assert.isTrue(imap.host() != null && !imap.host().isBlank(),
                    "tandem.email.imap.host must be set when tandem.email.enabled=true");
            Assert.isTrue(imap.password() != null && !imap.password().isEmpty(),
                    "tandem.email.imap.password must be set when tandem.email.enabled=true");
            Assert.isTrue(smtp.host() != null && !smtp.host().isBlank(),
                    "tandem.email.smtp.host must be set when tandem.email.enabled=true");
            Assert.isTrue(positive(pollInterval), "tandem.email.poll-interval must be positive");
            Assert.isTrue(positive(timeout), "tandem.email.timeout must be positive");
            Assert.isTrue(positive(retryBackoff), "tandem.email.retry-backoff must be positive");
            Assert.isTrue(maxRetryBackoff.compareTo(retryBackoff) >= 0,
                    "tandem.email.max-retry-backoff must be at least retry-backoff");
            Assert.isTrue(maxMailsPerPoll > 0, "tandem.email.max-mails-per-poll must be positive");
        }
    }

    String imapUsername() {
        return imap.username() == null || imap.username().isBlank() ? address : imap.username();
    }

    String smtpUsername() {
        return smtp.username() == null || smtp.username().isBlank() ? address : smtp.username();
    }

    boolean smtpLogin() {
        return smtp.password() != null && !smtp.password().isEmpty();
    }

    /** The domain of the address: Message-IDs of answers are made in it. */
    String domain() {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "EmailProperties[enabled=" + enabled + ", address=" + address + ", imap=" + imap.host() + ":" + imap.port()
                + (imap.ssl() ? " (ssl)" : "") + ", smtp=" + smtp.host() + ":" + smtp.port() + " (" + smtp.security()
                + "), passwords=***, pollInterval=" + pollInterval + "]";
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
