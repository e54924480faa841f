package dev.tandem.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.config.TandemProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTurnLimitTest {

    @Test
    void givenThreeMessagesAMinute_whenAConversationSendsAFourth_thenItWaitsWhileAnotherConversationGoesOn() {
        ConversationTurnLimit limit = new ConversationTurnLimit(new TandemProperties(Path.of("data"), null, List.of(),
                null, true, null, null, new TandemProperties.RateLimit(true, 3, 100, 100), Duration.ZERO));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("c-1")).isEmpty();
        }

        assertThat(limit.take("c-1")).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20)));
        assertThat(limit.take("c-2")).isEmpty();
        assertThat(limit.conversations()).isEqualTo(2);
    }
}
