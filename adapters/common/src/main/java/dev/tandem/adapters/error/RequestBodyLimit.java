package dev.tandem.adapters.error;

import dev.tandem.bot.attachment.AttachmentLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The largest request body the server reads: {@code spring.http.codecs.max-in-memory-size} (64 KB unless
 * configured; a chat message is at most 4,000 characters). A body announced larger by its
 * {@code Content-Length} is refused with {@code 413} before a byte of it is read; a chunked one is cut off by
 * the codecs at the same size, and {@link ApiErrorHandler} answers {@code 413} as well. A file sent to a
 * conversation ({@code POST …/attachments}) may be as large as {@code tandem.attachments.max-bytes} instead; its
 * controller reads at most that many bytes of a chunked one.
 */
@Component
public class RequestBodyLimit implements WebFilter, Ordered {

    private final DataSize max;
    private final DataSize maxAttachment;
    private final ApiErrorWriter errors;

    @Autowired
    public RequestBodyLimit(@Value("${spring.http.codecs.max-in-memory-size:64KB}") DataSize max,
                            @Value("${tandem.attachments.max-bytes:10MB}") DataSize maxAttachment, ApiErrorWriter errors) {
        this.max = max;
        this.maxAttachment = maxAttachment;
        this.errors = errors;
    }

    public RequestBodyLimit(DataSize max, ApiErrorWriter errors) {
        this(max, DataSize.ofMegabytes(10), errors);
    }

    /** Ahead of rate limits and security: an oversized request costs nothing. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long announced = exchange.getRequest().getHeaders().getContentLength();
        if (isAttachment(exchange)) {
            return announced > maxAttachment.toBytes() ? errors.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                    "attachment_too_large", "the file is too large; attach at most "
                            + AttachmentLimits.readable(maxAttachment.toBytes())) : chain.filter(exchange);
        }
        if (announced > max.toBytes()) {
            return tooLarge(exchange);
        }
        return chain.filter(exchange);
    }

    private static boolean isAttachment(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return exchange.getRequest().getMethod() == HttpMethod.POST && path.startsWith("/api/v1/")
                && path.endsWith("/attachments");
    }

    Mono<Void> tooLarge(ServerWebExchange exchange) {
        return errors.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "request_too_large", message());
    }

    String message() {
        return "the request body is too large; send at most " + max.toKilobytes() + " KB";
    }
}
