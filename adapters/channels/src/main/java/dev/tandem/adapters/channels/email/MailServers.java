package dev.tandem.adapters.channels.email;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * The connections to the shop's mail servers: the IMAP mailbox shoppers write to, and the SMTP server answers
 * leave through. Every connection has the configured connect and read time-outs, so a server that hangs costs
 * one time-out, never a stuck thread. The IMAP session reads with {@code peek}: reading a mail does not mark it
 * seen; the poller does that once the mail is safely in its conversation.
 */
final class MailServers {

    private final EmailProperties properties;
    private final Session imap;
    private final Session smtp;

    MailServers(EmailProperties properties) {
        this.properties = properties;
        this.imap = Session.getInstance(imapProperties(properties));
        this.smtp = Session.getInstance(smtpProperties(properties));
    }

    Session smtpSession() {
        return smtp;
    }

    /** An open mailbox folder; close the store when done. */
    Store openStore() throws MessagingException {
        Store store = imap.getStore(imapProtocol());
        EmailProperties.Imap server = properties.imap();
        store.connect(server.host(), server.port(), properties.imapUsername(), server.password());
        return store;
    }

    Folder inbox(Store store) throws MessagingException {
        Folder folder = store.getFolder(properties.imap().folder());
        folder.open(Folder.READ_WRITE);
        return folder;
    }

    void send(MimeMessage mail) throws MessagingException {
        EmailProperties.Smtp server = properties.smtp();
        try (Transport transport = smtp.getTransport(server.security() == EmailProperties.Security.SSL ? "smtps" : "smtp")) {
            if (properties.smtpLogin()) {
                transport.connect(server.host(), server.port(), properties.smtpUsername(), server.password());
            } else {
                transport.connect(server.host(), server.port(), null, null);
            }
            transport.sendMessage(mail, mail.getAllRecipients());
        }
    }

    private String imapProtocol() {
        return properties.imap().ssl() ? "imaps" : "imap";
    }

    private static Properties imapProperties(EmailProperties properties) {
        Properties session = new Properties();
        for (String protocol : new String[] {"imap", "imaps"}) {
            putTimeouts(session, protocol, properties);
            session.put("mail." + protocol + ".peek", "true");
        }
        session.put("mail.imaps.ssl.checkserveridentity", "true");
        return session;
    }

    private static Properties smtpProperties(EmailProperties properties) {
        Properties session = new Properties();
        for (String protocol : new String[] {"smtp", "smtps"}) {
            putTimeouts(session, protocol, properties);
            session.put("mail." + protocol + ".auth", Boolean.toString(properties.smtpLogin()));
            session.put("mail." + protocol + ".from", properties.address());
        }
        if (properties.smtp().security() == EmailProperties.Security.STARTTLS) {
            session.put("mail.smtp.starttls.enable", "true");
            session.put("mail.smtp.starttls.required", "true");
            session.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        session.put("mail.smtps.ssl.checkserveridentity", "true");
        return session;
    }

    /** A mail server that stops answering must not hold the mail thread: connect, read and write time out. */
    private static void putTimeouts(Properties session, String protocol, EmailProperties properties) {
        String timeout = Long.toString(properties.timeout().toMillis());
        session.put("mail." + protocol + ".connectiontimeout", timeout);
        session.put("mail." + protocol + ".timeout", timeout);
        session.put("mail." + protocol + ".writetimeout", timeout);
    }
}
