package dev.tandem.adapters.channels.email;

import dev.tandem.bot.away.AwayReply;
import dev.tandem.bot.conversation.Message;
import dev.tandem.intents.Language;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mail of agent replies a shopper left the chat before reading, in the chat's language: who answered, their
 * words, and the link that reopens the chat. Plain text; the shopper's own words are not repeated.
 */
final class AwayReplyMail {

    private record Words(String subject, String intro, String link, String noReply) {
    }

    /** Without gendered verbs: the agent's name goes with a present tense ("Anna writes"). */
    private static final Map<Language, Words> WORDS = Map.of(
            Language.EN, new Words("Answer in the chat: %s", "You had left the chat when the answer came. %s writes:",
                    "Continue the chat:", "Please answer in the chat: replies to this mail are not read."),
            Language.PL, new Words("Odpowiedź na czacie: %s", "Czat był już zamknięty, gdy przyszła odpowiedź. %s pisze:",
                    "Kontynuuj rozmowę:", "Odpowiedz na czacie: odpowiedzi na tę wiadomość nie są czytane."),
            Language.RU, new Words("Ответ в чате: %s", "Вы уже закрыли чат, когда пришёл ответ. %s пишет:",
                    "Продолжить чат:", "Отвечайте в чате: ответы на это письмо не читаются."),
            Language.UK, new Words("Відповідь у чаті: %s", "Ви вже закрили чат, коли надійшла відповідь. %s пише:",
                    "Продовжити чат:", "Відповідайте в чаті: відповіді на цей лист не читаються."));

    private AwayReplyMail() {
    }

    static MimeMessage compose(Session session, EmailProperties email, AwayReply reply, String link, Instant now)
            throws MessagingException {
        Words words = WORDS.get(reply.conversation().language());
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(AnswerMail.from(email));
        mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(reply.email()));
        mail.setSubject(words.subject().formatted(reply.agentName()), StandardCharsets.UTF_8.name());
        mail.setSentDate(Date.from(now));
        mail.setHeader("X-Auto-Response-Suppress", "All");
        mail.setText(body(words, reply, link), StandardCharsets.UTF_8.name(), "plain");
        mail.saveChanges();
        return mail;
    }

    private static String body(Words words, AwayReply reply, String link) {
        String replies = reply.replies().stream().map(Message::text).map(String::strip).collect(Collectors.joining("\n\n"));
        return words.intro().formatted(reply.agentName()) + "\n\n" + replies + "\n\n" + words.link() + "\n" + link
                + "\n\n-- \n" + words.noReply() + "\n";
    }
}
