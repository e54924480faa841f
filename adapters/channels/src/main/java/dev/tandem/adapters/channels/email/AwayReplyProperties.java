package dev.tandem.adapters.channels.email;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tandem.email.away.*}: agent replies to a web chat whose shopper has left are mailed to the address they
 * left, with the e-mail channel enabled and {@code chat-page} set.
 *
 * @param chatPage a page of the shop that shows the chat widget ({@code https://shop.example.com/}); the mailed link
 *                 opens it on the conversation
 * @param after    how long a reply may wait for the shopper's widget before it is mailed instead
 */
@ConfigurationProperties("tandem.email.away")
public record AwayReplyProperties(String chatPage, @DefaultValue("2m") Duration after) {

    public AwayReplyProperties {
        if (chatPage != null && !chatPage.isBlank()) {
            URI page = URI.create(chatPage.strip());
            if (!"https".equals(page.getScheme()) && !"http".equals(page.getScheme())) {
                throw new IllegalArgumentException("tandem.email.away.chat-page must be an http(s) address: " + chatPage);
            }
            if (page.getFragment() != null) {
                throw new IllegalArgumentException("tandem.email.away.chat-page must have no #fragment: " + chatPage);
            }
        }
        if (after == null || after.isNegative()) {
            throw new IllegalArgumentException("tandem.email.away.after must not be negative");
        }
    }

    /** The chat page opened on a conversation: the widget reads {@code #tandem-chat=<code>}. */
    String link(String code) {
        return chatPage.strip() + "#tandem-chat=" + code;
    }
}
