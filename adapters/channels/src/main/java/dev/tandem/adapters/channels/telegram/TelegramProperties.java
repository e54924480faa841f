package dev.tandem.adapters.channels.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The {@code tandem.telegram.*} settings: the Telegram channel (Bot API webhook in, {@code sendMessage} out).
 *
 * @param enabled       off by default: no webhook (404) and no calls to Telegram
 * @param botToken      the token BotFather gave ({@code 123456:ABC…}); it is part of every API address
 * @param webhookSecret the {@code secret_token} given to {@code setWebhook}; Telegram sends it back in the
 *                      {@code X-Telegram-Bot-Api-Secret-Token} header of every update (1–256 of A–Z a–z 0–9 _ -)
 * @param apiBaseUrl    the Bot API's address (a local stub in tests)
 * @param timeout       how long one call to the Bot API may take (connect + answer)
 * @param retries       how many times a send that failed for a passing reason (5xx, 429, timeout) is retried
 * @param retryBackoff  the first back-off, doubled at each retry; a 429's {@code retry_after} wins
 * @param maxRetryAfter a 429 asking to wait longer than this is given up on (the transcript keeps the message)
 */
@ConfigurationProperties("tandem.telegram")
public record TelegramProperties(
        @DefaultValue("false") boolean enabled,
        String botToken,
        String webhookSecret,
        @DefaultValue("https://api.telegram.org") URI apiBaseUrl,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("3") int retries,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("60s") Duration maxRetryAfter) {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    /** Fails start-up with the name of the first missing or invalid property once the channel is enabled. */
    public TelegramProperties {
        if (enabled) {
            Assert.isTrue(botToken != null && !botToken.isBlank(),
                    "tandem.telegram.bot-token must be set when tandem.telegram.enabled=true");
            Assert.isTrue(!botToken.contains("/") && botToken.strip().equals(botToken),
                    "tandem.telegram.bot-token is not a Bot API token (123456:ABC…)");
            Assert.isTrue(webhookSecret != null && !webhookSecret.isBlank(),
                    "tandem.telegram.webhook-secret must be set when tandem.telegram.enabled=true");
            Assert.isTrue(SECRET.matcher(webhookSecret).matches(),
                    "tandem.telegram.webhook-secret must be 1-256 characters of A-Z a-z 0-9 _ - (Telegram's rule)");
            requireHttpsUrl(apiBaseUrl);
            Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "tandem.telegram.timeout must be positive");
            Assert.isTrue(retries >= 0, "tandem.telegram.retries must be 0 or more");
        }
    }

    @Override
    public String toString() {
        return "TelegramProperties[enabled=" + enabled + ", apiBaseUrl=" + apiBaseUrl + ", botToken=***"
                + ", webhookSecret=***, timeout=" + timeout + ", retries=" + retries + "]";
    }

    /** The bot token travels in the path of every call: only over HTTPS, except to this machine (local stubs). */
    private static void requireHttpsUrl(URI url) {
        Assert.isTrue(url != null && url.getHost() != null, "tandem.telegram.api-base-url must be an https:// address");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost();
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
        Assert.isTrue(scheme.equals("https") || scheme.equals("http") && loopback,
                "tandem.telegram.api-base-url must be an https:// address (the bot token is part of every call), was "
                        + url);
    }
}
