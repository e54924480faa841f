package dev.tandem.adapters.channels.telegram;

import dev.tandem.adapters.error.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The Bot API webhook: Telegram posts each {@code Update} here with the secret given to {@code setWebhook} in
 * the {@code X-Telegram-Bot-Api-Secret-Token} header. Without the right secret nothing is read ({@code 401});
 * with it, the update is taken into its conversation before Telegram hears {@code 200}, so an update that
 * could not be saved is delivered again. Absent (404) unless {@code tandem.telegram.enabled=true}.
 */
@RestController
@ConditionalOnBooleanProperty("tandem.telegram.enabled")
public class TelegramWebhookController {

    public static final String PATH = "/channels/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final byte[] secretDigest;
    private final TelegramInbound inbound;

    TelegramWebhookController(TelegramProperties properties, TelegramInbound inbound) {
        this.secretDigest = digest(properties.webhookSecret());
        this.inbound = inbound;
    }

    @PostMapping(PATH)
    public Mono<ResponseEntity<Void>> receive(@RequestHeader(value = SECRET_HEADER, required = false) String secret,
                                              @RequestBody(required = false) Mono<TelegramUpdate> update) {
        if (!fromTelegram(secret)) {
            return Mono.error(new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "the " + SECRET_HEADER + " header is missing or wrong"));
        }
        return update.flatMap(inbound::accept).thenReturn(ResponseEntity.ok().<Void>build());
    }

    /** Compares digests, so neither the secret's content nor its length shows in the response time. */
    private boolean fromTelegram(String presented) {
        return presented != null && MessageDigest.isEqual(secretDigest, digest(presented));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-256", impossible);
        }
    }
}
