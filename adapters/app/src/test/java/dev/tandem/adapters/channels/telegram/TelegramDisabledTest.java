package dev.tandem.adapters.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/** The application as shipped (tandem.telegram.enabled unset): no webhook and nothing that calls Telegram. */
class TelegramDisabledTest extends RunningServerTest {

    @Autowired
    ApplicationContext context;

    @Test
    void givenTelegramNotEnabled_whenTelegramPosts_then404AndNoTelegramBeans() {
        http.post().uri(TelegramWebhookController.PATH).header(TelegramWebhookController.SECRET_HEADER, "anything")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"update_id\":1}")
                .exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.error").isEqualTo("not_found");

        assertThat(context.getBeansOfType(TelegramBotApi.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramOutbox.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramWebhookController.class)).isEmpty();
    }
}
