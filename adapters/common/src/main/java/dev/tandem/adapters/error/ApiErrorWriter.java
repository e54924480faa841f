package dev.tandem.adapters.error;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;

/** Writes {@code {"error","message"}} responses for code that runs outside controllers (security, filters). */
@Component
public class ApiErrorWriter {

    private final ObjectMapper json;

    public ApiErrorWriter(ObjectMapper json) {
        this.json = json;
    }

    /** {@code 429} with {@code Retry-After} in whole seconds, rounded up: a client that waits that long gets in. */
    public Mono<Void> tooManyRequests(ServerWebExchange exchange, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + 1);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "too many requests; try again in " + seconds + " s");
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String error, String message) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        byte[] body = json.writeValueAsString(new ApiError(error, message)).getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
