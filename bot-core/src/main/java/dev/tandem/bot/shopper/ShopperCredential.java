package dev.tandem.bot.shopper;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationToken;
import java.util.Objects;

/** What shows that a caller speaks for a conversation's shopper. */
public sealed interface ShopperCredential {

    boolean opens(Conversation conversation);

    /** The conversation's token, as the web widget and API clients hold it. */
    record Token(String value) implements ShopperCredential {

        @Override
        public boolean opens(Conversation conversation) {
            return ConversationToken.matches(value, conversation.tokenHash());
        }

        @Override
        public String toString() {
            return "Token[…]";
        }
    }

    /**
     * A channel adapter that knows the shopper by the channel's own means (their Telegram chat, their mail
     * thread), so it keeps no token: it opens only conversations of its own channel, never a web one.
     */
    record ChannelAdapter(Channel channel) implements ShopperCredential {

        public ChannelAdapter {
            Objects.requireNonNull(channel, "channel");
            if (channel == Channel.WEB) {
                throw new IllegalArgumentException("web conversations are opened with their token");
            }
        }

        @Override
        public boolean opens(Conversation conversation) {
            return conversation.channel() == channel;
        }
    }
}
