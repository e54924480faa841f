package dev.tandem.adapters.content;

/**
 * Where the start-up content load runs. The server gives it a thread of its own so the rest of the application
 * (database, security, web server) starts meanwhile; a test can hold it back to see the server while it loads.
 */
@FunctionalInterface
public interface ContentLoadingThread {

    /** A daemon thread: a load still running when the server is stopped must not keep the process alive. */
    ContentLoadingThread BACKGROUND = load -> {
        Thread thread = new Thread(load, "tandem-content-load");
        thread.setDaemon(true);
        thread.start();
    };

    /** On the caller's thread: the knowledge is loaded when the constructor returns (tools and tests). */
    ContentLoadingThread CALLER = Runnable::run;

    void run(Runnable load);
}
