package dev.tandem.adapters.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Answers requests the HTTP codec could not read — a request line over the limit (414), headers over the limit
 * (431), an unreadable {@code Content-Length} or header (400) — and request targets WebFlux cannot parse as a URI
 * (a bare {@code %}), in the API's {@code {"error","message"}} format, then closes the connection: after a
 * broken request the rest of the stream cannot be trusted. Everything else passes on untouched.
 */
final class MalformedRequestAnswer extends ChannelInboundHandlerAdapter {

    static final String NAME = "tandem.malformedRequestAnswer";

    /** Fixed texts: nothing from the request is echoed back. */
    private enum Refusal {
        URI_TOO_LONG(HttpResponseStatus.REQUEST_URI_TOO_LONG, "uri_too_long",
                "the request line is too long"),
        HEADERS_TOO_LARGE(HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers_too_large",
                "the request headers are too large"),
        MALFORMED(HttpResponseStatus.BAD_REQUEST, "invalid_request",
                "the request is not valid HTTP (request line, headers or Content-Length)"),
        BAD_ADDRESS(HttpResponseStatus.BAD_REQUEST, "invalid_request",
                "the request address is not a valid URI (a % must start an escape such as %20)");

        private final HttpResponseStatus status;
        private final byte[] body;

        Refusal(HttpResponseStatus status, String error, String message) {
            this.status = status;
            this.body = ("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Set once a request was refused: what the codec still passes on belongs to it and is dropped. */
    private boolean refused;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (refused && msg instanceof HttpObject) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            Refusal refusal = refusalOf(request);
            if (refusal != null) {
                refused = true;
                ReferenceCountUtil.release(msg);
                answer(ctx, refusal);
                return;
            }
        }
        ctx.fireChannelRead(msg);
    }

    private static Refusal refusalOf(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            if (cause instanceof TooLongHttpLineException) {
                return Refusal.URI_TOO_LONG;
            }
            if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
                return Refusal.HEADERS_TOO_LARGE;
            }
            return Refusal.MALFORMED;
        }
        try {
            new URI(request.uri());
            return null;
        } catch (URISyntaxException notAUri) {
            return Refusal.BAD_ADDRESS;
        }
    }

    private static void answer(ChannelHandlerContext ctx, Refusal refusal) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, refusal.status,
                Unpooled.wrappedBuffer(refusal.body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .setInt(HttpHeaderNames.CONTENT_LENGTH, refusal.body.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
