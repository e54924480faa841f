package dev.tandem.benchmarks.load;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One measured phase of a load test: its latency histogram, its counts, the progress line it prints every second,
 * and the server CPU it cost. {@link LoadTestRun} drives the requests; this class only measures them.
 */
final class LoadTestPhase {

    private static final int ERRORS_SHOWN = 5;

    final String name;
    final String path;
    final long deadline;
    final Recorder latencies = new Recorder(3);
    final Histogram total = new Histogram(3);
    /** From an HTTP answer to the stream's delivery of what it acknowledged (0 when the stream came first). */
    final Recorder streamLags = new Recorder(3);
    final AtomicLong requests = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong conversations = new AtomicLong();
    final AtomicLong handedOff = new AtomicLong();
    final AtomicLong streamMessages = new AtomicLong();
    final AtomicLong streamErrors = new AtomicLong();
    final AtomicLong streamReconnects = new AtomicLong();
    final Set<String> shownErrors = ConcurrentHashMap.newKeySet();
    private final int concurrency;
    private final Optional<ProcessHandle> serverProcess;
    private final Consumer<String> progress;
    long started;
    volatile long lastAnswer;

    LoadTestPhase(String name, String path, Duration limit, int concurrency, Optional<ProcessHandle> serverProcess,
                  Consumer<String> progress) {
        this.name = name;
        this.path = path;
        this.concurrency = concurrency;
        this.serverProcess = serverProcess;
        this.progress = progress;
        this.started = System.nanoTime();
        this.deadline = started + limit.toNanos();
    }

    boolean over() {
        return System.nanoTime() >= deadline;
    }

    void answered(int status, long start) {
        long now = System.nanoTime();
        lastAnswer = now;
        requests.incrementAndGet();
        if (status >= 200 && status < 300) {
            latencies.recordValue(now - start);
        } else {
            errors.incrementAndGet();
        }
    }

    void failed(Throwable error) {
        lastAnswer = System.nanoTime();
        error(error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    void error(String what) {
        errors.incrementAndGet();
        detail(what);
    }

    void detail(String what) {
        if (shownErrors.size() < ERRORS_SHOWN && shownErrors.add(what)) {
            progress.accept("[" + name + "] error: " + what);
        }
    }

    void streamLag(long nanos) {
        streamLags.recordValue(nanos);
    }

    void streamFailed(String what) {
        streamErrors.incrementAndGet();
        detail(what);
    }

    LoadTestRun.Result run(Mono<Void> load) {
        progress.accept(String.format(Locale.ROOT, "[%s] %d at a time, up to %.0f s", name, concurrency,
                (deadline - started) / 1e9));
        started = System.nanoTime();
        Duration cpuBefore = serverCpu();
        Duration toolCpuBefore = toolCpu();
        AtomicLong before = new AtomicLong();
        Disposable ticker = Flux.interval(Duration.ofSeconds(1)).subscribe(second -> {
            Histogram interval = latencies.getIntervalHistogram();
            synchronized (total) {
                total.add(interval);
            }
            long done = requests.get();
            progress.accept(String.format(Locale.ROOT, "[%s] %3d s  %8d requests  %7d/s  p99 %7.1f ms  errors %d",
                    name, second + 1, done, done - before.getAndSet(done),
                    interval.getTotalCount() == 0 ? 0.0 : interval.getValueAtPercentile(99) / 1e6, errors.get()
                            + streamErrors.get()));
        });
        try {
            load.block();
        } finally {
            ticker.dispose();
        }
        Histogram all;
        synchronized (total) {
            total.add(latencies.getIntervalHistogram());
            all = total.copy();
        }
        Histogram lags = streamLags.getIntervalHistogram();
        double seconds = Math.max(1e-9, ((lastAnswer == 0 ? System.nanoTime() : lastAnswer) - started) / 1e9);
        double cpuMillis = serverProcess.isEmpty() ? Double.NaN : serverCpu().minus(cpuBefore).toNanos() / 1e6;
        double toolCpuMillis = toolCpu().minus(toolCpuBefore).toNanos() / 1e6;
        LoadTestRun.Result result = new LoadTestRun.Result(path, requests.get(), seconds, requests.get() / seconds,
                cpuMillis / requests.get(), toolCpuMillis / requests.get(),
                all.getValueAtPercentile(50) / 1e6, all.getValueAtPercentile(95) / 1e6,
                all.getValueAtPercentile(99) / 1e6, all.getMaxValue() / 1e6, errors.get(), conversations.get(),
                handedOff.get(), streamMessages.get(), streamErrors.get(), streamReconnects.get(),
                lags.getTotalCount() == 0 ? 0 : lags.getValueAtPercentile(99) / 1e6, lags.getMaxValue() / 1e6);
        progress.accept(String.format(Locale.ROOT, "[%s] done: %d requests in %.1f s", name, result.requests(), seconds));
        return result;
    }

    /** The server's CPU time so far (user and system), or zero when it is not watched. */
    private Duration serverCpu() {
        return cpu(serverProcess);
    }

    /** This tool's own CPU time so far. */
    private static Duration toolCpu() {
        return cpu(Optional.of(ProcessHandle.current()));
    }

    private static Duration cpu(Optional<ProcessHandle> process) {
        return process.flatMap(watched -> watched.info().totalCpuDuration()).orElse(Duration.ZERO);
    }
}
