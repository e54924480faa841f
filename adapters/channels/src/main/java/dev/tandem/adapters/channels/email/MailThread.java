package dev.tandem.adapters.channels.email;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread a mail component works on: mail servers are slow and blocking, so they never run on
 * the server's event loops. Started and stopped with the application (the owners are SmartLifecycle beans).
 */
final class MailThread {

    private final String name;
    private volatile ScheduledExecutorService worker;

    MailThread(String name) {
        this.name = name;
    }

    /** Starts the thread, running {@code task} after {@code firstDelay} and then {@code delay} after each run ends. */
    void start(Runnable task, Duration firstDelay, Duration delay) {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        worker = started;
        started.scheduleWithFixedDelay(task, firstDelay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Interrupts what runs now and drops what is waiting: both are picked up again after a restart. */
    void stop() {
        ScheduledExecutorService running = worker;
        worker = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    boolean running() {
        return worker != null;
    }

    /** The thread to hand extra work to, while it runs. */
    Optional<ScheduledExecutorService> executor() {
        return Optional.ofNullable(worker);
    }
}
