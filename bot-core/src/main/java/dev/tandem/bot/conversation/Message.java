package dev.tandem.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One line of a transcript. {@code seq} orders messages within their conversation, starting at 1. For
 * shopper messages the bot records what it understood (language, intent, confidence) so an agent sees it;
 * a bot answer taken from the FAQ carries that entry's id and, once the shopper voted, whether it helped.
 *
 * @param sender the agent's name on an agent's message
 * @param attachment the photo or document the message carries; its text is then the file's name
 */
public record Message(
        String conversationId,
        long seq,
        Author author,
        String text,
        Instant createdAt,
        Optional<String> language,
        Optional<String> intent,
        Optional<Double> confidence,
        Optional<String> faqId,
        List<String> quickReplies,
        Optional<Boolean> helpful,
        Optional<String> sender,
        Optional<AttachedFile> attachment) {

    public Message {
        quickReplies = List.copyOf(quickReplies);
    }

    /** A message without an attachment. */
    public Message(String conversationId, long seq, Author author, String text, Instant createdAt,
                   Optional<String> language, Optional<String> intent, Optional<Double> confidence,
                   Optional<String> faqId, List<String> quickReplies, Optional<Boolean> helpful,
                   Optional<String> sender) {
        this(conversationId, seq, author, text, createdAt, language, intent, confidence, faqId, quickReplies, helpful,
                sender, Optional.empty());
    }

    /** This message carrying {@code file}. */
    public Message withAttachment(AttachedFile file) {
        return new Message(conversationId, seq, author, text, createdAt, language, intent, confidence, faqId,
                quickReplies, helpful, sender, Optional.of(file));
    }

    public static Message shopper(String conversationId, long seq, String text, Instant at, Understanding understood) {
        return new Message(conversationId, seq, Author.SHOPPER, text, at,
                Optional.of(understood.language()), understood.intent(), understood.confidence(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    /** A bot or system line in the conversation's language. */
    public static Message from(Author author, String conversationId, long seq, String text, Instant at,
                               String language, Optional<String> faqId, List<String> quickReplies) {
        return new Message(conversationId, seq, author, text, at, Optional.of(language), Optional.empty(),
                Optional.empty(), faqId, quickReplies, Optional.empty(), Optional.empty());
    }

    public static Message agent(String conversationId, long seq, String text, Instant at, String agent) {
        return new Message(conversationId, seq, Author.AGENT, text, at, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of(agent));
    }

    /** Understanding recorded on a shopper message: the language always, the intent when one was classified. */
    public record Understanding(String language, Optional<String> intent, Optional<Double> confidence) {
    }
}
