package dev.tandem.adapters.http;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * What the HTTP server does before WebFlux sees a request: a body that trickles in is cut off after
 * {@code tandem.http.body-timeout} (Reactor Netty's request timeout), and a request the HTTP codec cannot read
 * is answered in the API's error format ({@link MalformedRequestAnswer}) instead of the server's bare status.
 */
@Component
public class SlowAndMalformedRequests implements NettyServerCustomizer {

    private final HttpTimeouts timeouts;

    public SlowAndMalformedRequests(HttpTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.requestTimeout(timeouts.bodyTimeout())
                .doOnChannelInit((observer, channel, remote) -> {
                    if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                        channel.pipeline().addAfter(NettyPipeline.HttpCodec, MalformedRequestAnswer.NAME,
                                new MalformedRequestAnswer());
                    }
                });
    }
}
