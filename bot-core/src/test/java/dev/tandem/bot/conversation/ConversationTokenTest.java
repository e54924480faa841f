package dev.tandem.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationTokenTest {

    @Test
    void givenNewTokens_whenGenerated_thenEachCarries256RandomBitsAndNoTwoRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(ConversationToken.generate());
        }

        assertThat(tokens).hasSize(1000);
        assertThat(tokens).allSatisfy(token -> assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32));
    }

    @Test
    void givenStoredHash_whenTheSameTokenIsPresented_thenItMatches() {
        String token = ConversationToken.generate();

        assertThat(ConversationToken.matches(token, ConversationToken.hash(token))).isTrue();
    }

    @Test
    void givenStoredHash_whenAnotherOrNoTokenIsPresented_thenItDoesNotMatch() {
        String hash = ConversationToken.hash(ConversationToken.generate());

        assertThat(ConversationToken.matches(ConversationToken.generate(), hash)).isFalse();
        assertThat(ConversationToken.matches("", hash)).isFalse();
        assertThat(ConversationToken.matches(null, hash)).isFalse();
    }

    @Test
    void givenAToken_whenHashed_thenTheHashDoesNotContainTheToken() {
        String token = ConversationToken.generate();

        assertThat(ConversationToken.hash(token)).hasSize(64).doesNotContain(token);
    }
}
