package dev.tandem.adapters.orders;

import dev.tandem.bot.orders.OrderLookupUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;

/**
 * How a shop backend is called over HTTP: each attempt is cut off after the timeout; reads that failed for a
 * passing reason (5xx, timeout, connection refused) are retried with exponential back-off, never on 4xx; every
 * call goes through one circuit breaker per backend, which, once open, fails calls at once without touching
 * the network. Whatever the cause, a call that gets no answer fails with {@link OrderLookupUnavailableException};
 * only {@link OrderActionRejectedException}s (the backend said no) pass through.
 */
final class ResilientCalls {

    private final String backend;
    private final Duration timeout;
    private final int retries;
    private final Duration backoff;
    private final CircuitBreaker breaker;

    ResilientCalls(String backend, OrderLookupProperties properties) {
        this.backend = backend;
        this.timeout = properties.timeout();
        this.retries = properties.retries();
        this.backoff = properties.retryBackoff();
        OrderLookupProperties.CircuitBreaker settings = properties.circuitBreaker();
        this.breaker = CircuitBreaker.of(backend, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.window())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRate())
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(ResilientCalls::isBackendFailure)
                .build());
    }

    /** A client of the shop's JSON API at this address, whose connections give up after the timeout, too. */
    WebClient.Builder webClient(URI shop) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, millis)
                .responseTimeout(timeout);
        return WebClient.builder().baseUrl(shop.toString().replaceAll("/+$", ""))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .clientConnector(new ReactorClientHttpConnector(http));
    }

    /** A call that changes nothing: safe to repeat, so retried. */
    <T> Mono<T> read(Mono<T> call) {
        Mono<T> attempt = call.timeout(timeout);
        return guard(attempt.retryWhen(Retry.backoff(retries, backoff)
                .filter(ResilientCalls::isTransient)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure())));
    }

    /** A call that changes the order: not repeated, since a timed-out attempt may have been applied. */
    <T> Mono<T> write(Mono<T> call) {
        return guard(call.timeout(timeout));
    }

    CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    private <T> Mono<T> guard(Mono<T> call) {
        return call.transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorMap(failure -> !(failure instanceof OrderActionRejectedException), this::unavailable);
    }

    private OrderLookupUnavailableException unavailable(Throwable failure) {
        if (failure instanceof OrderLookupUnavailableException already) {
            return already;
        }
        String why;
        if (failure instanceof CallNotPermittedException) {
            why = "circuit open after repeated failures";
        } else if (failure instanceof WebClientResponseException response) {
            why = "HTTP " + response.getStatusCode().value();
        } else if (isTimeout(failure)) {
            why = "no answer within " + timeout.toMillis() + " ms";
        } else {
            why = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        }
        return new OrderLookupUnavailableException(backend + " order system unavailable (" + why + ")", failure);
    }

    /** Worth another try: the server failed (5xx), did not answer in time, or could not be reached. */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof WebClientResponseException response) {
            return response.getStatusCode().is5xxServerError();
        }
        return isTimeout(failure) || failure instanceof WebClientRequestException || failure instanceof IOException;
    }

    /**
     * Counts against the backend's health: transient failures, rejected credentials, rate limiting and answers
     * we cannot read. A 404 or a refused action (4xx) is the backend working as it should.
     */
    static boolean isBackendFailure(Throwable failure) {
        if (failure instanceof OrderActionRejectedException) {
            return false;
        }
        if (failure instanceof WebClientResponseException response && response.getStatusCode().is4xxClientError()) {
            int code = response.getStatusCode().value();
            return code == 401 || code == 403 || code == 429;
        }
        return true;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
