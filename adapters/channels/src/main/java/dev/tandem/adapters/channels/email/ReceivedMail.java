package dev.tandem.adapters.channels.email;

import dev.tandem.bot.attachment.Upload;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail from the support mailbox, read once into what the channel needs: who wrote, which thread it belongs
 * to, the text they wrote (quoted thread and signature removed, HTML turned into text), and whether a machine
 * sent it (an out-of-office reply, a bounce, a newsletter): such mails are never answered, so two bots cannot
 * keep answering each other.
 *
 * @param messageId  the mail's Message-ID; one is made from its content when it has none
 * @param threadIds  In-Reply-To and References: the earlier mails of the thread, oldest first
 * @param from       the From address: the shopper's e-mail identity, and where answers go (Reply-To is not
 *                   followed: an answer never goes to an address other than the sender's)
 * @param automatic  why the mail is a machine's ({@link #isAutomatic()}), or empty
 * @param files      its attached files (at most {@link #MAX_FILES}), as sent: the chat's checks decide what is kept
 */
record ReceivedMail(String messageId, List<String> threadIds, Optional<String> from, String subject, String text,
                   Optional<String> automatic, List<Upload> files) {

    /** More files than a support request needs are not read. */
    static final int MAX_FILES = 10;
    /** A part larger than this is read only this far: larger than any limit, so it is refused as too large. */
    private static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    ReceivedMail {
        threadIds = List.copyOf(threadIds);
        files = List.copyOf(files);
    }

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Pattern MAILER_DAEMON = Pattern.compile("(?i)^(mailer-daemon|postmaster)@.*");
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?iu)^\\s*((re|aw|fw|fwd|odp|pd|отв|ответ|відп|вдп)\\s*(\\[\\d+])?\\s*:\\s*)+");

    boolean isAutomatic() {
        return automatic.isPresent();
    }

    /** The subject without "Re:", "Odp:", "Ответ:" and the like. */
    String topic() {
        return REPLY_PREFIX.matcher(subject).replaceFirst("").strip();
    }

    static ReceivedMail read(MimeMessage mail) throws MessagingException, IOException {
        String text = bodyText(mail).map(QuotedText::reply).orElse("");
        String subject = Optional.ofNullable(mail.getSubject()).orElse("").strip();
        String messageId = Optional.ofNullable(mail.getMessageID()).flatMap(ReceivedMail::firstId)
                .orElseGet(() -> madeUpId(mail, subject, text));
        List<String> thread = new ArrayList<>();
        ids(mail.getHeader("References", " ")).forEach(id -> add(thread, id));
        ids(mail.getHeader("In-Reply-To", " ")).forEach(id -> add(thread, id));
        Optional<String> from = address(mail.getFrom());
        List<Upload> files = new ArrayList<>();
        collectFiles(mail, files);
        return new ReceivedMail(messageId, thread, from, subject, text, automatic(mail, from), files);
    }

    /** Parts that are files: marked as attachments, or carrying a file name (an inline photo), but not the text. */
    private static void collectFiles(Part part, List<Upload> files) throws MessagingException, IOException {
        if (files.size() >= MAX_FILES) {
            return;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectFiles(multipart.getBodyPart(i), files);
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (attached && !part.isMimeType("message/*")) {
            try (var in = part.getInputStream()) {
                files.add(new Upload(Optional.ofNullable(part.getFileName()).orElse(""), in.readNBytes(MAX_FILE_BYTES + 1)));
            }
        }
    }

    /**
     * RFC 3834 {@code Auto-Submitted} (anything but "no"), {@code Precedence: bulk/junk/list}, the
     * {@code X-Autoreply} family, mailing lists ({@code List-Id}), delivery reports and bounces (an empty
     * Return-Path, MAILER-DAEMON).
     */
    private static Optional<String> automatic(MimeMessage mail, Optional<String> from) throws MessagingException {
        String autoSubmitted = header(mail, "Auto-Submitted");
        if (!autoSubmitted.isEmpty() && !autoSubmitted.equalsIgnoreCase("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted);
        }
        String precedence = header(mail, "Precedence").toLowerCase(Locale.ROOT);
        if (BULK_PRECEDENCE.contains(precedence)) {
            return Optional.of("Precedence: " + precedence);
        }
        for (String marker : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Reply", "List-Id")) {
            if (!header(mail, marker).isEmpty()) {
                return Optional.of(marker);
            }
        }
        if (header(mail, "Return-Path").equals("<>")) {
            return Optional.of("empty Return-Path (a bounce)");
        }
        if (mail.isMimeType("multipart/report")) {
            return Optional.of("delivery report");
        }
        if (from.filter(address -> MAILER_DAEMON.matcher(address).matches()).isPresent()) {
            return Optional.of("from " + from.get());
        }
        return Optional.empty();
    }

    /** The mail's own words: its first plain-text part, else its first HTML part as text. */
    private static Optional<String> bodyText(Part part) throws MessagingException, IOException {
        Optional<String> plain = firstPart(part, "text/plain");
        if (plain.isPresent()) {
            return plain;
        }
        return firstPart(part, "text/html").map(HtmlText::of);
    }

    private static Optional<String> firstPart(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.empty();
        }
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String text ? Optional.of(text) : Optional.empty();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = firstPart(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String header(MimeMessage mail, String name) throws MessagingException {
        String value = mail.getHeader(name, ",");
        return value == null ? "" : value.strip();
    }

    private static Optional<String> address(Address[] addresses) {
        if (addresses == null) {
            return Optional.empty();
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null
                    && internet.getAddress().contains("@")) {
                return Optional.of(internet.getAddress().strip().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    static List<String> ids(String header) {
        List<String> found = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    private static Optional<String> firstId(String header) {
        return ids(header).stream().findFirst();
    }

    private static void add(List<String> thread, String id) {
        if (!thread.contains(id)) {
            thread.add(id);
        }
    }

    /** A mail without Message-ID still needs one, the same each time it is read (it is taken only once). */
    private static String madeUpId(MimeMessage mail, String subject, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String date = String.valueOf(mail.getSentDate());
            String from = String.valueOf(address(mail.getFrom()).orElse(""));
            sha.update((from + "\n" + date + "\n" + subject + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "@no-message-id.tandem>";
        } catch (MessagingException | NoSuchAlgorithmException unreadable) {
            return "<unreadable-" + System.identityHashCode(mail) + "@no-message-id.tandem>";
        }
    }
}
