package dev.tandem.adapters.content;

import java.util.concurrent.CompletionException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The last step before the web server opens its port: waits for the content that has been loading in the
 * background since {@link ContentStartup}. The port therefore opens with a bot that can answer, and health is UP
 * from its first answer; a load that failed fails the start-up with its own exception, as when the load ran in
 * the foreground.
 */
@Component
class ContentReadyGate implements SmartLifecycle {

    private final CurrentShopKnowledge knowledge;
    private volatile boolean running;

    ContentReadyGate(CurrentShopKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void start() {
        try {
            knowledge.startupLoad().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Just before the web server's own start. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }
}
