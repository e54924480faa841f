package dev.tandem.adapters.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.bot.shopper.TooManyTurnsException;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class ApiErrorHandlerTest {

    private final ApiErrorWriter writer = new ApiErrorWriter(JsonMapper.builder().build());
    private final ApiErrorHandler handler = new ApiErrorHandler(writer, new RequestBodyLimit(DataSize.ofKilobytes(64), writer));

    @Test
    void givenATurnThatLostEveryRetry_whenAnswered_thenTheShopperIsToldToTryAgainNotThatTheServerBroke() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/v1/conversations/c1/messages"));

        handler.handle(exchange, new ConcurrentTurnException("c1", 7)).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"error\":\"busy\"").contains("try again").doesNotContain("version");
    }

    @Test
    void givenAConversationOverItsMessageLimit_whenAnswered_then429WithRetryAfterInWholeSecondsRoundedUp() {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/v1/conversations/c1/messages"));

        handler.handle(exchange, new TooManyTurnsException("c1", Duration.ofMillis(1_500))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .isEqualTo("{\"error\":\"rate_limited\",\"message\":\"too many requests; try again in 2 s\"}");
    }
}
