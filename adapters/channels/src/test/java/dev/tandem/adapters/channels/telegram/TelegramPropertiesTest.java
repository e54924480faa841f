package dev.tandem.adapters.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code tandem.telegram.*} as Spring Boot binds it at start-up. */
class TelegramPropertiesTest {

    @Test
    void givenNothingConfigured_whenBound_thenTheChannelIsOffAndTalksToTelegramsApi() {
        TelegramProperties properties = bind(Map.of());

        assertThat(properties.enabled()).isFalse();
        assertThat(properties.apiBaseUrl()).hasToString("https://api.telegram.org");
    }

    @Test
    void givenEnabledWithoutTokenOrSecret_whenBound_thenStartUpFailsNamingTheProperty() {
        assertThat(failure(Map.of("tandem.telegram.enabled", "true", "tandem.telegram.webhook-secret", "abc")))
                .contains("tandem.telegram.bot-token must be set");
        assertThat(failure(Map.of("tandem.telegram.enabled", "true", "tandem.telegram.bot-token", "1:A")))
                .contains("tandem.telegram.webhook-secret must be set");
        assertThat(failure(Map.of("tandem.telegram.enabled", "true", "tandem.telegram.bot-token", "1:A",
                "tandem.telegram.webhook-secret", "has spaces!"))).contains("tandem.telegram.webhook-secret must be");
        assertThat(failure(Map.of("tandem.telegram.enabled", "true", "tandem.telegram.bot-token", "1:A",
                "tandem.telegram.webhook-secret", "abc", "tandem.telegram.api-base-url", "http://telegram.example")))
                .contains("tandem.telegram.api-base-url must be an https:// address");
    }

    @Test
    void givenEnabledAndComplete_whenPrinted_thenNoSecretShows() {
        TelegramProperties properties = bind(Map.of("tandem.telegram.enabled", "true",
                "tandem.telegram.bot-token", "123:SECRET-TOKEN", "tandem.telegram.webhook-secret", "hook_secret"));

        assertThat(properties.toString()).doesNotContain("SECRET-TOKEN").doesNotContain("hook_secret");
    }

    private static TelegramProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("tandem.telegram", TelegramProperties.class);
    }

    /** The whole chain of messages, as start-up reports it. */
    private static String failure(Map<String, String> values) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = catchThrowable(() -> bind(values)); cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
