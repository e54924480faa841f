package dev.tandem.adapters.channels.email;

import dev.tandem.adapters.channels.email.EmailThreads.EmailThread;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One mail with the answers of a thread not yet mailed: plain text, "Re:" and the thread's subject, In-Reply-To
 * the shopper's latest mail and References to the thread, so mail programs show it in the same thread. It
 * quotes nothing: the shopper's own words (which may hold personal data) are not sent back over the wire.
 * Answers written by the bot alone carry {@code Auto-Submitted: auto-replied} (RFC 3834), and every answer asks
 * Exchange not to send out-of-office replies to it: two bots never answer each other for long.
 */
final class AnswerMail {

    /** References keep the thread's first mail and the latest ones; mail programs need no more. */
    private static final int REFERENCES_KEPT = 10;

    private AnswerMail() {
    }

    /** A new Message-ID in the support address's domain. */
    static String newMessageId(String domain) {
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    static MimeMessage compose(Session session, EmailProperties properties, EmailThread thread, List<Message> answers,
                               Optional<String> inReplyTo, List<String> threadIds, String messageId, Instant now)
            throws MessagingException {
        MimeMessage mail = new FixedIdMessage(session, messageId);
        mail.setFrom(from(properties));
        mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(thread.shopperAddress()));
        mail.setSubject("Re: " + (thread.subject().isBlank() ? "…" : thread.subject()), StandardCharsets.UTF_8.name());
        mail.setSentDate(Date.from(now));
        inReplyTo.ifPresent(id -> header(mail, "In-Reply-To", id));
        List<String> references = references(threadIds);
        if (!references.isEmpty()) {
            mail.setHeader("References", MimeUtility.fold(12, String.join(" ", references)));
        }
        if (answers.stream().allMatch(answer -> answer.author() != Author.AGENT)) {
            mail.setHeader("Auto-Submitted", "auto-replied");
        }
        mail.setHeader("X-Auto-Response-Suppress", "All");
        mail.setText(body(answers), StandardCharsets.UTF_8.name(), "plain");
        mail.saveChanges();
        return mail;
    }

    static String body(List<Message> answers) {
        List<String> parts = new ArrayList<>();
        for (Message answer : answers) {
            String text = answer.faqId().isPresent() ? MailText.fromMarkdown(answer.text()) : answer.text();
            if (!answer.quickReplies().isEmpty()) {
                text = text + "\n" + MailText.replyWith(answer.language().orElse("en"), answer.quickReplies());
            }
            parts.add(text.strip());
        }
        return String.join("\n\n", parts) + "\n";
    }

    private static List<String> references(List<String> threadIds) {
        if (threadIds.size() <= REFERENCES_KEPT) {
            return threadIds;
        }
        List<String> kept = new ArrayList<>();
        kept.add(threadIds.get(0));
        kept.addAll(threadIds.subList(threadIds.size() - (REFERENCES_KEPT - 1), threadIds.size()));
        return kept;
    }

    static InternetAddress from(EmailProperties properties) throws MessagingException {
        try {
            return properties.displayName() == null || properties.displayName().isBlank()
                    ? new InternetAddress(properties.address())
                    : new InternetAddress(properties.address(), properties.displayName(), StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException("UTF-8 is always supported", impossible);
        }
    }

    private static void header(MimeMessage mail, String name, String value) {
        try {
            mail.setHeader(name, value);
        } catch (MessagingException unexpected) {
            throw new IllegalStateException("cannot set " + name, unexpected);
        }
    }

    /** Keeps the Message-ID chosen before sending: it is remembered for the thread. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
