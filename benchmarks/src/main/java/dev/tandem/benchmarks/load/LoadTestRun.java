package dev.tandem.benchmarks.load;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load tool's engine: a fixed number of shoppers, each in one conversation at a time, writing its messages
 * one after the other as fast as the answers come (closed loop: the concurrency is the number of shoppers), with
 * the conversation's WebSocket stream open; and the same closed loop against a trivial GET. Non-blocking (Reactor
 * Netty) so the tool itself takes as little as possible of the CPU it shares with the server.
 */
final class LoadTestRun implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long a reply may take to show up on the stream after the HTTP answer before it counts as missing, as long
     * as a request may take: a late message is measured (stream lag), only one that never comes is an error.
     */
    private static final Duration STREAM_GRACE = REQUEST_TIMEOUT;
    private static final int MAX_RECONNECTS = 5;

    private final int concurrency;
    private final Optional<ProcessHandle> serverProcess;
    private final LoadTestShoppers shoppers;
    private final Consumer<String> progress;
    private final ConnectionProvider pool;
    private final HttpClient http;
    private final HttpClient streams;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Stream> idleStreams = new CopyOnWriteArrayList<>();

    LoadTestRun(URI server, int concurrency, LoadTestShoppers shoppers, Long serverPid, Consumer<String> progress) {
        this.concurrency = concurrency;
        this.serverProcess = serverPid == null ? Optional.empty() : ProcessHandle.of(serverPid);
        if (serverPid != null && serverProcess.isEmpty()) {
            throw new IllegalArgumentException("no process " + serverPid + " on this machine");
        }
        this.shoppers = shoppers;
        this.progress = progress;
        this.pool = ConnectionProvider.builder("tandem-loadtest")
                .maxConnections(concurrency + 8)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(REQUEST_TIMEOUT)
                .build();
        this.http = HttpClient.create(pool).baseUrl(server.toString()).responseTimeout(REQUEST_TIMEOUT);
        // A stream holds its connection for the whole conversation: not from the request pool.
        this.streams = HttpClient.create(ConnectionProvider.newConnection())
                .baseUrl("ws://" + server.getHost() + ":" + server.getPort());
    }

    private LoadTestPhase phase(String name, String path, Duration limit) {
        return new LoadTestPhase(name, path, limit, concurrency, serverProcess, progress);
    }

    /** Shoppers chatting: {@code rounds} conversations of {@code messages} each per shopper, or until {@code limit}. */
    Result shoppers(String name, long seed, int messages, int rounds, Duration limit, Duration rampUp) {
        LoadTestPhase phase = phase(name, "/api/v1/conversations", limit);
        AtomicLong next = new AtomicLong();
        // Shoppers arrive spread over the ramp-up, not all in the same millisecond with 2 connections each.
        return phase.run(Flux.range(0, concurrency)
                .flatMap(shopper -> Mono.delay(rampUp.multipliedBy(shopper).dividedBy(concurrency))
                        .thenMany(Mono.defer(() -> conversation(phase,
                                shoppers.script(seed * 1_000_003L + next.getAndIncrement(), messages)))
                        .repeat(rounds - 1L, () -> !phase.over())), concurrency)
                .then());
    }

    /** The same closed loop on a trivial GET: {@code requests} in all, or until {@code limit}. */
    Result trivial(String name, String path, long requests, Duration limit) {
        LoadTestPhase phase = phase(name, path, limit);
        long perWorker = Math.max(1, (requests + concurrency - 1) / concurrency);
        return phase.run(Flux.range(0, concurrency)
                .flatMap(worker -> Mono.defer(() -> get(phase, path)).repeat(perWorker - 1, () -> !phase.over()), concurrency)
                .then());
    }

    /**
     * Opens {@code count} conversations, each with one message answered and its stream open, and leaves them
     * idle; the streams stay open until {@link #close()}. For measuring what an idle conversation costs the server.
     */
    Result idle(int count, long seed) {
        LoadTestPhase phase = phase("idle conversations", "/api/v1/conversations", Duration.ofHours(1));
        return phase.run(Flux.range(0, count)
                .flatMap(index -> {
                    LoadTestShoppers.Script script = shoppers.script(seed * 1_000_003L + index, 1);
                    return post(null, "/api/v1/conversations", Map.of("channel", "web", "locale", script.language()))
                            .flatMap(opened -> {
                                if (opened.status() != 201) {
                                    phase.error("opening a conversation: HTTP " + opened.status());
                                    return Mono.empty();
                                }
                                phase.conversations.incrementAndGet();
                                JsonNode started = json.readTree(opened.body());
                                Chat chat = new Chat(started.path("id").asString(), started.path("token").asString(),
                                        maxSeq(started.path("messages")));
                                Stream stream = new Stream(phase);
                                idleStreams.add(stream);
                                return turn(phase, chat, null, script.messages().get(0)).then(stream.connect(chat));
                            })
                            .onErrorResume(error -> {
                                phase.failed(error);
                                return Mono.empty();
                            });
                }, concurrency)
                .then());
    }

    private Mono<Void> get(LoadTestPhase phase, String path) {
        long start = System.nanoTime();
        return http.get().uri(path)
                .responseSingle((response, body) -> body.asString().defaultIfEmpty("").thenReturn(response.status().code()))
                .doOnNext(status -> phase.answered(status, start))
                .onErrorResume(error -> {
                    phase.failed(error);
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Void> conversation(LoadTestPhase phase, LoadTestShoppers.Script script) {
        return post(null, "/api/v1/conversations", Map.of("channel", "web", "locale", script.language()))
                .flatMap(opened -> {
                    if (opened.status() != 201) {
                        phase.error("opening a conversation: HTTP " + opened.status() + " " + abbreviated(opened.body()));
                        return Mono.empty();
                    }
                    phase.conversations.incrementAndGet();
                    JsonNode started = json.readTree(opened.body());
                    Chat chat = new Chat(started.path("id").asString(), started.path("token").asString(), maxSeq(started.path("messages")));
                    Stream stream = new Stream(phase);
                    return stream.connect(chat)
                            .then(Flux.fromIterable(script.messages())
                                    .concatMap(text -> phase.over() ? Mono.empty() : turn(phase, chat, stream, text))
                                    .then())
                            .then(Mono.defer(() -> stream.awaitSeq(chat.lastSeq)))
                            .doFinally(signal -> stream.close());
                })
                .onErrorResume(error -> {
                    phase.failed(error);
                    return Mono.empty();
                });
    }

    private Mono<Void> turn(LoadTestPhase phase, Chat chat, Stream stream, String text) {
        long start = System.nanoTime();
        return post(chat.token, "/api/v1/conversations/" + chat.id + "/messages", Map.of("text", text))
                .doOnNext(reply -> {
                    phase.answered(reply.status(), start);
                    if (reply.status() == 200) {
                        JsonNode turn = json.readTree(reply.body());
                        chat.lastSeq = Math.max(chat.lastSeq + 1, maxSeq(turn.path("replies")));
                        if (stream != null) {
                            stream.acknowledged(chat.lastSeq);
                        }
                        if ("QUEUED".equals(turn.path("state").asString()) && !chat.queued) {
                            chat.queued = true;
                            phase.handedOff.incrementAndGet();
                        }
                    } else {
                        phase.detail("HTTP " + reply.status() + " " + abbreviated(reply.body()));
                    }
                })
                .onErrorResume(error -> {
                    phase.failed(error);
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Reply> post(String token, String path, Map<String, String> body) {
        String content = json.writeValueAsString(body);
        return http.headers(headers -> {
                    headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
                    if (token != null) {
                        headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
                    }
                })
                .post().uri(path)
                .send(ByteBufMono.fromString(Mono.just(content)))
                .responseSingle((response, answer) -> answer.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                        .map(text -> new Reply(response.status().code(), text)));
    }

    private static long maxSeq(JsonNode messages) {
        long max = 0;
        for (JsonNode message : messages) {
            max = Math.max(max, message.path("seq").asLong());
        }
        return max;
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    @Override
    public void close() {
        idleStreams.forEach(Stream::close);
        pool.dispose();
    }

    private record Reply(int status, String body) {
    }

    /** One shopper's conversation as the tool follows it. */
    private static final class Chat {
        final String id;
        final String token;
        /** The highest seq the server has acknowledged; the stream must deliver up to it. */
        volatile long lastSeq;
        boolean queued;

        Chat(String id, String token, long lastSeq) {
            this.id = id;
            this.token = token;
            this.lastSeq = lastSeq;
        }
    }

    /** The conversation's WebSocket stream: counts what it delivers, how late, and notices what it misses. */
    private final class Stream {
        private final LoadTestPhase phase;
        private final AtomicLong seenSeq = new AtomicLong();
        private volatile LoadTestStreamLag lag = new LoadTestStreamLag(0);
        private final AtomicLong reconnects = new AtomicLong();
        private volatile Disposable connection;
        private volatile boolean broken;
        private volatile boolean closed;
        private volatile boolean everOpened;

        Stream(LoadTestPhase phase) {
            this.phase = phase;
        }

        Mono<Void> connect(Chat chat) {
            seenSeq.set(chat.lastSeq);
            lag = new LoadTestStreamLag(chat.lastSeq);
            Sinks.Empty<Void> open = Sinks.empty();
            subscribe(chat, open);
            return open.asMono().timeout(REQUEST_TIMEOUT).onErrorResume(error -> {
                phase.streamFailed("stream did not open: " + error);
                broken = true;
                return Mono.empty();
            });
        }

        /**
         * Opens the stream after what was seen so far. When the server closes it (a consumer that fell behind is
         * disconnected), the tool does what the widget does: reconnect with {@code after=<last seq>}.
         */
        private void subscribe(Chat chat, Sinks.Empty<Void> open) {
            connection = streams.websocket()
                    .uri("/api/v1/conversations/" + chat.id + "/stream?token=" + chat.token + "&after=" + seenSeq.get())
                    .handle((in, out) -> {
                        everOpened = true;
                        open.tryEmitEmpty();
                        return in.receive().asString().doOnNext(this::received);
                    })
                    .subscribe(null, error -> ended(chat, open, error), () -> ended(chat, open, null));
        }

        private void ended(Chat chat, Sinks.Empty<Void> open, Throwable error) {
            if (closed) {
                return;
            }
            if (!everOpened) {
                open.tryEmitError(error != null ? error : new IllegalStateException("closed during the handshake"));
                return;
            }
            if (reconnects.incrementAndGet() > MAX_RECONNECTS) {
                broken = true;
                phase.streamFailed("stream closed " + MAX_RECONNECTS + " times" + (error == null ? "" : ": " + error));
                return;
            }
            phase.streamReconnects.incrementAndGet();
            subscribe(chat, Sinks.empty());
        }

        private void received(String frame) {
            if (!frame.startsWith("{\"type\":\"message\"")) {
                return;
            }
            phase.streamMessages.incrementAndGet();
            int at = frame.indexOf("\"seq\":");
            if (at >= 0) {
                long seq = 0;
                for (int i = at + 6; i < frame.length() && Character.isDigit(frame.charAt(i)); i++) {
                    seq = seq * 10 + (frame.charAt(i) - '0');
                }
                seenSeq.accumulateAndGet(seq, Math::max);
                lag.delivered(seq, System.nanoTime()).forEach(phase::streamLag);
            }
        }

        /** The server answered a turn: every message up to {@code seq} is durable and must reach the stream. */
        void acknowledged(long seq) {
            long late = lag.acknowledged(seq, System.nanoTime());
            if (late >= 0) {
                phase.streamLag(late);
            }
        }

        /** Waits until the stream delivered every acknowledged message; counts a stream error if it does not. */
        Mono<Void> awaitSeq(long seq) {
            if (broken || seenSeq.get() >= seq) {
                return Mono.empty();
            }
            return Flux.interval(Duration.ofMillis(20))
                    .filter(tick -> seenSeq.get() >= seq)
                    .next()
                    .timeout(STREAM_GRACE)
                    .onErrorResume(TimeoutException.class, late -> {
                        phase.streamFailed("the stream delivered up to seq " + seenSeq.get() + " of " + seq + " within "
                                + STREAM_GRACE.toSeconds() + " s of the answer");
                        return Mono.empty();
                    })
                    .then();
        }

        void close() {
            closed = true;
            Disposable open = connection;
            if (open != null) {
                open.dispose();
            }
        }
    }

    /**
     * {@code toolCpuMillisPerRequest} is the load tool's own CPU: on a shared machine every millisecond of it is
     * one the server did not get, which is why the turn and the trivial request are compared in one run.
     */
    record Result(String path, long requests, double seconds, double perSecond, double serverCpuMillisPerRequest,
                  double toolCpuMillisPerRequest,
                  double p50Millis, double p95Millis, double p99Millis,
                  double maxMillis, long errors, long conversations, long handedOff, long streamMessages,
                  long streamErrors, long streamReconnects, double streamLagP99Millis, double streamLagMaxMillis) {
    }
}
