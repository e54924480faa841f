package dev.tandem.adapters.error;

import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.agentdesk.InvalidAgentRequestException;
import dev.tandem.bot.conversation.StateConflictException;
import dev.tandem.bot.privacy.InvalidEmailException;
import dev.tandem.bot.shopper.ConversationNotFoundException;
import dev.tandem.bot.shopper.InvalidShopperMessageException;
import dev.tandem.bot.shopper.TooManyTurnsException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * Turns every failure into {@code {"error","message"}} with the right status. It runs before Spring Boot's
 * default handler so no request ever sees a stack trace or the framework's own error format; unexpected
 * failures are logged here and answered with a bare 500.
 */
@Component
@Order(-2)
public class ApiErrorHandler implements WebExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);
    /** Reactor Netty's request timeout; the class is not public. */
    private static final String REQUEST_TIMEOUT = "reactor.netty.http.server.RequestTimeoutException";

    private final ApiErrorWriter writer;
    private final RequestBodyLimit bodyLimit;

    public ApiErrorHandler(ApiErrorWriter writer, RequestBodyLimit bodyLimit) {
        this.writer = writer;
        this.bodyLimit = bodyLimit;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (failure instanceof ApiException api) {
            return writer.write(exchange, api.status(), api.error(), api.getMessage());
        }
        if (failure instanceof ConversationNotFoundException) {
            return writer.write(exchange, HttpStatus.NOT_FOUND, "conversation_not_found",
                    "no conversation with this id opens with this token");
        }
        if (failure instanceof StateConflictException conflict) {
            return writer.write(exchange, HttpStatus.CONFLICT, conflict.code(), conflict.getMessage());
        }
        if (failure instanceof InvalidAgentRequestException invalid) {
            return writer.write(exchange, HttpStatus.BAD_REQUEST, "invalid_request", invalid.getMessage());
        }
        if (failure instanceof InvalidEmailException invalid) {
            return writer.write(exchange, HttpStatus.BAD_REQUEST, "invalid_email", invalid.getMessage());
        }
        if (failure instanceof InvalidShopperMessageException invalid) {
            return writer.write(exchange, HttpStatus.BAD_REQUEST, "invalid_message", invalid.getMessage());
        }
        if (failure instanceof TooManyTurnsException tooMany) {
            return writer.tooManyRequests(exchange, tooMany.retryAfter());
        }
        if (failure instanceof ConcurrentTurnException) {
            // Retries ran out under a burst of changes to one conversation: nothing was saved, so say "again".
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            return writer.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    "this conversation is changing right now and nothing was saved; please try again in a second");
        }
        if (tooLarge(failure)) {
            return bodyLimit.tooLarge(exchange);
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return writer.write(exchange, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "send the body as JSON with Content-Type: application/json");
        }
        if (failure instanceof ServerWebInputException input) {
            return writer.write(exchange, HttpStatus.BAD_REQUEST, "invalid_request", inputProblem(input));
        }
        if (failure instanceof ResponseStatusException status) {
            return writer.write(exchange, status.getStatusCode(), codeOf(status.getStatusCode()), reasonOf(status));
        }
        if (clientGone(failure)) {
            // The client hung up or let its body time out: routine on the internet, and nobody is left to answer.
            LOG.debug("Client went away during {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure.toString());
            return writer.write(exchange, HttpStatus.REQUEST_TIMEOUT, "request_timeout",
                    "the request did not arrive in time").onErrorComplete();
        }
        LOG.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        return writer.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
                "something went wrong on our side; please try again");
    }

    /**
     * The connection closed under the request (the client aborted, reset or vanished) or its body stopped
     * arriving ({@code tandem.http.body-timeout}).
     */
    private static boolean clientGone(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AbortedException || cause instanceof ClosedChannelException
                    || AbortedException.isConnectionReset(cause)
                    || cause.getClass().getName().equals(REQUEST_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** The body passed the codecs' in-memory limit ({@code spring.http.codecs.max-in-memory-size}) while being read. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataBufferLimitException || cause instanceof ContentTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Decoding failures carry the parser's message, which may quote internals; say what was wrong instead. */
    private static String inputProblem(ServerWebInputException input) {
        if (input.getCause() instanceof DecodingException) {
            return "the request body is not valid JSON (UTF-8) of the expected shape";
        }
        String reason = input.getReason();
        return reason == null || reason.isBlank() ? "the request body or parameters are not valid" : reason;
    }

    /**
     * The framework's reasons can name classes ({@code bodyType=dev.tandem…}) or parser internals: the answer is
     * the status's own phrase, which is all a client needs to correct the request.
     */
    private static String reasonOf(ResponseStatusException status) {
        HttpStatus known = HttpStatus.resolve(status.getStatusCode().value());
        return known == null ? "request failed" : known.getReasonPhrase();
    }

    private static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "error_" + status.value() : known.name().toLowerCase(Locale.ROOT);
    }
}
