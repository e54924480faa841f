package dev.tandem.bot.learning;

import java.time.Instant;

/**
 * What an agent replied to a question the bot handed off, offered to editors: the shopper's question and the
 * agent's reply, both masked for personal data.
 */
public record AgentAnswer(long id, String language, String question, String reply, String agent, Offer offer,
                          String conversationId, Instant resolvedAt, ItemState state) {

    /** What the pair can become. */
    public sealed interface Offer {
    }

    /** A new FAQ entry: the question as its title and first alternative question, the reply as its answer. */
    public record DraftFaq(String title, String question, String answer) implements Offer {
    }

    /** The agent answered with this FAQ entry: the question becomes one more way to ask for it. */
    public record ExampleForFaq(String faqId, String faqTitle, java.util.Optional<String> intent) implements Offer {
    }
}
