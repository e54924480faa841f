package dev.tandem.adapters.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.attachment.Upload;
import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a mail is read: its thread, its own text, and whether a machine sent it. */
class ReceivedMailTest {

    private final Session session = Session.getInstance(new Properties());

    @Test
    void givenAReplyInAThread_thenItsIdsTextAndTopicAreRead() throws Exception {
        MimeMessage mail = mail("Olena <Olena.Shevchenko@Example.com>", "Re: RE: Доставка");
        mail.setHeader("Message-ID", "<reply-2@example.com>");
        mail.setHeader("In-Reply-To", "<answer-1@lumo.example>");
        mail.setHeader("References", "<question-1@example.com>\r\n <answer-1@lumo.example>");
        mail.setText("А скільки коштує?\n\nOn Tue, Lumo wrote:\n> 15 zł\n", StandardCharsets.UTF_8.name());
        mail.saveChanges();
        mail.setHeader("Message-ID", "<reply-2@example.com>");

        ReceivedMail read = ReceivedMail.read(mail);

        assertThat(read.messageId()).isEqualTo("<reply-2@example.com>");
        assertThat(read.threadIds()).containsExactly("<question-1@example.com>", "<answer-1@lumo.example>");
        assertThat(read.from()).contains("olena.shevchenko@example.com");
        assertThat(read.text()).isEqualTo("А скільки коштує?");
        assertThat(read.topic()).isEqualTo("Доставка");
        assertThat(read.isAutomatic()).isFalse();
    }

    @Test
    void givenAMailWithAPhotoAndAPdf_thenItsTextAndBothFilesAreReadAsSent() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2};
        MimeBodyPart photo = file("paczka.jpg", jpeg, "image/jpeg");
        photo.setDisposition(Part.ATTACHMENT);
        MimeBodyPart invoice = file("faktura.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII),
                "application/octet-stream");
        MimeMessage mail = multipartMail("jan@example.com", "Uszkodzona paczka", "mixed",
                plainText("Zdjęcia w załączniku."), photo, invoice);

        ReceivedMail read = ReceivedMail.read(mail);

        assertThat(read.text()).isEqualTo("Zdjęcia w załączniku.");
        assertThat(read.files()).extracting(Upload::name).containsExactly("paczka.jpg", "faktura.pdf");
        assertThat(read.files().get(0).content()).isEqualTo(jpeg);
    }

    @Test
    void givenAMultipartAlternativeMail_thenThePlainPartIsRead() throws Exception {
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Jak zwrócić <b>buty</b>? (html)</p>", "text/html; charset=UTF-8");
        MimeMessage mail = multipartMail("jan@example.com", "Zwrot", "alternative", plainText("Jak zwrócić buty?"), html);

        assertThat(ReceivedMail.read(mail).text()).isEqualTo("Jak zwrócić buty?");
    }

    @Test
    void givenAnHtmlOnlyMail_thenItsTextIsRead() throws Exception {
        MimeMessage mail = mail("jan@example.com", "Zwrot");
        mail.setContent("<p>Jak zwrócić <b>buty</b>?</p><blockquote>stare</blockquote>", "text/html; charset=UTF-8");
        mail.saveChanges();

        assertThat(ReceivedMail.read(mail).text()).isEqualTo("Jak zwrócić buty?");
    }

    @ParameterizedTest
    @CsvSource({
        "Auto-Submitted, auto-replied",
        "Auto-Submitted, auto-generated",
        "Precedence, bulk",
        "Precedence, junk",
        "Precedence, list",
        "X-Autoreply, yes",
        "List-Id, <news.shop.example>",
        "Return-Path, <>"})
    void givenAMachinesMail_thenItIsMarkedAutomatic(String header, String value) throws Exception {
        MimeMessage mail = textMail("someone@example.com", "Out of office", "I am away until Monday.");
        mail.setHeader(header, value);

        assertThat(ReceivedMail.read(mail).automatic()).isPresent();
    }

    @Test
    void givenAutoSubmittedNo_thenAPersonWroteIt() throws Exception {
        MimeMessage mail = textMail("someone@example.com", "Question", "Do you ship to Lviv?");
        mail.setHeader("Auto-Submitted", "no");

        assertThat(ReceivedMail.read(mail).isAutomatic()).isFalse();
    }

    @Test
    void givenABounce_thenItIsAutomatic() throws Exception {
        MimeMessage mail = textMail("MAILER-DAEMON@mx.example.com", "Undelivered Mail Returned to Sender",
                "The mail system could not deliver…");

        assertThat(ReceivedMail.read(mail).automatic()).isPresent();
    }

    @Test
    void givenAMailWithoutMessageId_thenTheSameIdIsMadeEachTime() throws Exception {
        MimeMessage mail = textMail("jan@example.com", "Pytanie", "Czy mogę zapłacić BLIKIEM?");
        mail.removeHeader("Message-ID");

        assertThat(ReceivedMail.read(mail).messageId()).isEqualTo(ReceivedMail.read(mail).messageId())
                .endsWith("@no-message-id.tandem>");
    }

    /** A plain-text mail as it arrives, its headers as the sender's server wrote them. */
    private MimeMessage textMail(String from, String subject, String text) throws Exception {
        MimeMessage mail = mail(from, subject);
        mail.setText(text);
        mail.saveChanges();
        return mail;
    }

    /** A mail made of parts, as a multipart of the given subtype ("mixed", "alternative"). */
    private MimeMessage multipartMail(String from, String subject, String subtype, MimeBodyPart... parts)
            throws Exception {
        MimeMessage mail = mail(from, subject);
        MimeMultipart multipart = new MimeMultipart(subtype);
        for (MimeBodyPart part : parts) {
            multipart.addBodyPart(part);
        }
        mail.setContent(multipart);
        mail.saveChanges();
        return mail;
    }

    private static MimeBodyPart plainText(String text) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name());
        return part;
    }

    /** A part with a file name; whether it is marked as an attachment is up to the test. */
    private static MimeBodyPart file(String name, byte[] content, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        return part;
    }

    private MimeMessage mail(String from, String subject) throws Exception {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(from));
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, "support@lumo.example");
        mail.setSubject(subject, StandardCharsets.UTF_8.name());
        return mail;
    }
}
