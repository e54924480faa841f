package dev.tandem.adapters.channels.telegram;

import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The calls Tandem makes to the Telegram Bot API ({@code POST <api-base-url>/bot<token>/<method>}, JSON).
 * Each attempt is cut off after the timeout; a call that failed for a passing reason (5xx, 429, timeout, no
 * connection) is retried a bounded number of times with exponential back-off, waiting at least as long as a
 * 429's {@code retry_after} asks. Other refusals (400, 403 "bot was blocked by the user") are not retried.
 * Failures never carry the bot token: see {@link #redacted(Throwable)}.
 */
final class TelegramBotApi {

    private final WebClient client;
    private final ObjectMapper json;
    private final String token;
    private final Duration timeout;
    private final int retries;
    private final Duration backoff;
    private final Duration maxRetryAfter;
    /** Where Telegram serves files: {@code <api-base-url>/file/bot<token>/<file_path>}. */
    private final String files;

    TelegramBotApi(TelegramProperties properties, ObjectMapper json) {
        this.json = json;
        this.token = properties.botToken();
        this.timeout = properties.timeout();
        this.retries = properties.retries();
        this.backoff = properties.retryBackoff();
        this.maxRetryAfter = properties.maxRetryAfter();
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, millis)
                .responseTimeout(timeout);
        String base = properties.apiBaseUrl().toString().replaceAll("/+$", "");
        this.files = base + "/file/bot" + token + "/";
        this.client = WebClient.builder()
                .baseUrl(base + "/bot" + token)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
    }

    Mono<Void> sendMessage(SendMessage message) {
        return call("sendMessage", message);
    }

    /** Stops the spinner on the button the shopper pressed. */
    Mono<Void> answerCallbackQuery(String callbackQueryId) {
        return call("answerCallbackQuery", Map.of("callback_query_id", callbackQueryId));
    }

    /**
     * A file the shopper sent: its path from {@code getFile}, then its bytes. More than {@code maxBytes} fails with
     * a {@link DataBufferLimitException} without the rest being read.
     */
    Mono<byte[]> download(String fileId, long maxBytes) {
        return Mono.defer(() -> client.post().uri("/getFile")
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("file_id", fileId))
                        .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                                ? response.bodyToMono(String.class) : failure("getFile", response))
                        .timeout(timeout))
                .map(body -> json.readTree(body).path("result").path("file_path").asString(""))
                .filter(path -> !path.isBlank() && !path.contains(".."))
                .switchIfEmpty(Mono.error(() -> new TelegramApiException("getFile", 200, "no file_path", Optional.empty())))
                .flatMap(path -> client.get().uri(URI.create(files + path))
                        .accept(MediaType.ALL)
                        .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                                ? DataBufferUtils.join(response.bodyToFlux(DataBuffer.class),
                                        (int) Math.min(Integer.MAX_VALUE, maxBytes)).map(TelegramBotApi::bytes)
                                : failure("file", response))
                        .timeout(timeout));
    }

    private static byte[] bytes(DataBuffer joined) {
        byte[] bytes = new byte[joined.readableByteCount()];
        joined.read(bytes);
        DataBufferUtils.release(joined);
        return bytes;
    }

    /** A failure as it may be logged: with the bot token blanked out wherever it appears. */
    String redacted(Throwable failure) {
        String text = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return token == null || token.isEmpty() ? text : text.replace(token, "<bot-token>");
    }

    private Mono<Void> call(String method, Object body) {
        return Mono.defer(() -> client.post().uri("/" + method)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                                ? response.releaseBody()
                                : failure(method, response))
                        .timeout(timeout))
                .retryWhen(Retry.from(signals -> signals.concatMap(signal -> {
                    Throwable failure = signal.failure();
                    long attempt = signal.totalRetries();
                    Optional<Duration> wait = attempt < retries ? pause(failure, attempt) : Optional.empty();
                    return wait.map(delay -> Mono.delay(delay).thenReturn(attempt)).orElseGet(() -> Mono.error(failure));
                })));
    }

    /** How long to wait before the next attempt; empty when this failure is not worth another. */
    private Optional<Duration> pause(Throwable failure, long attempt) {
        Duration exponential = backoff.multipliedBy(1L << Math.min(attempt, 16));
        if (failure instanceof TelegramApiException api) {
            if (!api.isPassing()) {
                return Optional.empty();
            }
            Duration asked = api.retryAfter().orElse(Duration.ZERO);
            if (asked.compareTo(maxRetryAfter) > 0) {
                return Optional.empty();
            }
            return Optional.of(asked.compareTo(exponential) > 0 ? asked : exponential);
        }
        boolean passing = failure instanceof TimeoutException || failure instanceof WebClientRequestException
                || failure instanceof IOException;
        return passing ? Optional.of(exponential) : Optional.empty();
    }

    private <T> Mono<T> failure(String method, ClientResponse response) {
        int status = response.statusCode().value();
        Optional<Duration> headerRetryAfter = response.headers().header(HttpHeaders.RETRY_AFTER).stream().findFirst()
                .flatMap(TelegramBotApi::seconds);
        return response.bodyToMono(String.class).defaultIfEmpty("").flatMap(body -> {
            String description = "";
            Optional<Duration> retryAfter = headerRetryAfter;
            try {
                JsonNode answer = json.readTree(body);
                description = answer.path("description").asString("");
                JsonNode asked = answer.path("parameters").path("retry_after");
                if (asked.isNumber()) {
                    retryAfter = Optional.of(Duration.ofSeconds(asked.asLong()));
                }
            } catch (RuntimeException notJson) {
                // A proxy's HTML error page: the status says enough.
            }
            return Mono.error(new TelegramApiException(method, status, description, retryAfter));
        });
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
