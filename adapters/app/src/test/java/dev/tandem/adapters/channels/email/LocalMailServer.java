package dev.tandem.adapters.channels.email;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * GreenMail as the shop's mail server, on two free ports of this machine: SMTP (shoppers send to the support
 * mailbox, Tandem sends answers) and IMAP (Tandem reads the support mailbox). It can be stopped and started
 * again on the same ports, like a mail server going down and coming back.
 */
final class LocalMailServer implements AutoCloseable {

    static final String SUPPORT = "support@lumo.example";
    static final String SUPPORT_PASSWORD = "support-secret";

    final int smtpPort = freePort();
    final int imapPort = freePort();
    private GreenMail greenMail;

    LocalMailServer() {
        start();
    }

    synchronized void start() {
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        greenMail.setUser(SUPPORT, SUPPORT, SUPPORT_PASSWORD);
    }

    synchronized void stop() {
        greenMail.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** A shopper's mail to the support address; its Message-ID is returned. */
    String send(String from, String subject, String text, Map<String, String> headers) {
        return send(from, subject, text, headers, Map.of());
    }

    /** The same with files attached (name → bytes, sent as application/octet-stream: the server decides). */
    String send(String from, String subject, String text, Map<String, String> headers, Map<String, byte[]> files) {
        try {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", Integer.toString(smtpPort));
            Session session = Session.getInstance(properties);
            String messageId = "<" + UUID.randomUUID() + "@" + from.substring(from.indexOf('@') + 1) + ">";
            MimeMessage mail = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mail.setFrom(new InternetAddress(from));
            mail.setRecipients(Message.RecipientType.TO, SUPPORT);
            mail.setSubject(subject, StandardCharsets.UTF_8.name());
            if (!files.isEmpty()) {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, StandardCharsets.UTF_8.name());
                mixed.addBodyPart(body);
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    MimeBodyPart part = new MimeBodyPart();
                    part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.getValue(), "application/octet-stream")));
                    part.setFileName(file.getKey());
                    part.setDisposition(Part.ATTACHMENT);
                    mixed.addBodyPart(part);
                }
                mail.setContent(mixed);
            } else if (text.startsWith("<")) {
                mail.setContent(text, "text/html; charset=UTF-8");
            } else {
                mail.setText(text, StandardCharsets.UTF_8.name());
            }
            for (Map.Entry<String, String> header : headers.entrySet()) {
                mail.setHeader(header.getKey(), header.getValue());
            }
            mail.saveChanges();
            Transport.send(mail);
            return messageId;
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Mails from the support address to {@code shopper}, oldest first. */
    synchronized List<MimeMessage> answersTo(String shopper) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(shopper))
                        && Arrays.stream(mail.getFrom()).anyMatch(from -> from.toString().contains(SUPPORT));
            } catch (MessagingException unreadable) {
                return false;
            }
        }).toList();
    }

    /** Waits (up to 20 s) for the first answer to the shopper that passes the check. */
    MimeMessage awaitAnswer(String shopper, String what, Predicate<MimeMessage> check) {
        return await(what + " to " + shopper).atMost(Duration.ofSeconds(20))
                .until(() -> answersTo(shopper).stream().filter(check).findFirst(), Optional::isPresent).orElseThrow();
    }

    static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            return content instanceof String text ? text : String.valueOf(content);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static String header(MimeMessage mail, String name) {
        try {
            String value = mail.getHeader(name, " ");
            return value == null ? "" : value.replaceAll("\\s+", " ").strip();
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
