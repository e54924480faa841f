package dev.tandem.bot.shopper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationToken;
import dev.tandem.intents.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who speaks for a conversation's shopper: the token's holder, or the channel that opened it (never for web). */
class ShopperCredentialTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String TOKEN = ConversationToken.generate();

    private static Conversation on(Channel channel) {
        return Conversation.start("c-" + channel, ConversationToken.hash(TOKEN), channel, Language.EN, NOW);
    }

    @Test
    void givenTheConversationsToken_thenItOpensTheConversationOnAnyChannel_andAnotherTokenDoesNot() {
        assertThat(new ShopperCredential.Token(TOKEN).opens(on(Channel.WEB))).isTrue();
        assertThat(new ShopperCredential.Token(TOKEN).opens(on(Channel.TELEGRAM))).isTrue();
        assertThat(new ShopperCredential.Token(ConversationToken.generate()).opens(on(Channel.WEB))).isFalse();
        assertThat(new ShopperCredential.Token(TOKEN).toString()).doesNotContain(TOKEN);
    }

    @Test
    void givenAChannelAdapter_thenItOpensConversationsOfItsOwnChannelOnly_andNeverAWebOne() {
        var telegram = new ShopperCredential.ChannelAdapter(Channel.TELEGRAM);
        var email = new ShopperCredential.ChannelAdapter(Channel.EMAIL);

        assertThat(telegram.opens(on(Channel.TELEGRAM))).isTrue();
        assertThat(telegram.opens(on(Channel.EMAIL))).isFalse();
        assertThat(telegram.opens(on(Channel.WEB))).isFalse();
        assertThat(email.opens(on(Channel.EMAIL))).isTrue();
        assertThat(email.opens(on(Channel.WEB))).isFalse();
        assertThatThrownBy(() -> new ShopperCredential.ChannelAdapter(Channel.WEB)).isInstanceOf(IllegalArgumentException.class);
    }
}
