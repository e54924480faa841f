package dev.tandem.adapters.stream;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Tells the live streams the server is stopping. It stops before the web server's graceful shutdown begins (the
 * default, highest phase stops first): open streams are closed with 1012 and a reconnect hint at once, instead of
 * holding the shutdown until its timeout, and the client reconnects (with {@code after}) to a node that stays.
 */
@Component
class StreamShutdown implements SmartLifecycle {

    static final String RECONNECT = "server restarting; reconnect with after=<last seq>";

    private volatile Sinks.Empty<Void> stopping = Sinks.empty();
    private volatile boolean running;
    private boolean stopped;

    /** Completes when the server starts stopping; at once for a stream opened while it stops. */
    Mono<Void> stopping() {
        return stopping.asMono();
    }

    /** Streams opened before the first start (the web server starts earlier) keep the signal they hold. */
    @Override
    public synchronized void start() {
        if (stopped) {
            stopping = Sinks.empty();
            stopped = false;
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopped = true;
        stopping.tryEmitEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
