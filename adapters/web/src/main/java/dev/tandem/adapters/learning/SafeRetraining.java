package dev.tandem.adapters.learning;

import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.content.IntentChangeGate;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.classify.OpenNlpIntentClassifier;
import dev.tandem.intents.eval.CrossValidation;
import dev.tandem.intents.eval.EvaluationReport;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Changed intent examples go live only after the shop's cross-validation (the code behind {@code tandem.jar eval})
 * says they do not make the bot worse ({@link RetrainingVerdict}). The check runs on its own thread while the
 * previous model keeps serving; a passing change is then reloaded, a failing one is held for an editor, who sees
 * the confused examples and may still publish it. Reports are kept per intent-file version, so the serving
 * version is cross-validated once.
 */
@Component
public class SafeRetraining implements IntentChangeGate, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SafeRetraining.class);
    /** Reports kept: the serving version, the candidate, and a few recent ones an editor may go back to. */
    private static final int REPORTS_KEPT = 4;
    private static final long SEED = 42;

    private final CurrentShopKnowledge knowledge;
    private final Clock clock;
    private final int folds;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "tandem-retraining-check");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final Map<String, EvaluationReport> reports = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EvaluationReport> eldest) {
            return size() > REPORTS_KEPT;
        }
    };
    private final java.util.Set<String> admitted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile ModelState state;

    public SafeRetraining(CurrentShopKnowledge knowledge, Clock clock,
                          @Value("${tandem.learning.check-retraining:true}") boolean enabled,
                          @Value("${tandem.learning.cv-folds:3}") int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("tandem.learning.cv-folds must be at least 2, got " + folds);
        }
        this.knowledge = knowledge;
        this.clock = clock;
        this.folds = folds;
        this.state = new ModelState.Live(clock.instant());
        if (enabled) {
            knowledge.gateIntentChanges(this);
        }
    }

    public ModelState state() {
        return state;
    }

    @Override
    public synchronized boolean admits(IntentCatalog serving, IntentCatalog candidate) {
        String sha = candidate.sha256();
        if (admitted.contains(sha)) {
            return true;
        }
        boolean known = state.waiting().filter(sha::equals).isPresent();
        if (!known) {
            state = new ModelState.Checking(sha, clock.instant());
            checks.execute(() -> check(serving, candidate));
        }
        return false;
    }

    /**
     * Publishes the held (or unchecked) change: admitted and reloaded on the check thread.
     *
     * @return false when nothing waits to be published
     */
    public synchronized boolean publish() {
        Optional<String> waiting = state.waiting();
        waiting.ifPresent(sha -> {
            admitted.add(sha);
            LOG.info("Intent change {} published by an editor", sha.substring(0, 12));
            checks.execute(this::goLive);
        });
        return waiting.isPresent();
    }

    private void check(IntentCatalog serving, IntentCatalog candidate) {
        if (!stillChecking(candidate.sha256())) {
            return;
        }
        try {
            long started = System.nanoTime();
            RetrainingVerdict verdict = RetrainingVerdict.of(report(serving), report(candidate));
            LOG.info("Cross-validated the intent change in {} ms ({} folds): {}", (System.nanoTime() - started) / 1_000_000,
                    folds, verdict.passes() ? "goes live" : "held for an editor");
            synchronized (this) {
                if (!stillChecking(candidate.sha256())) {
                    return;
                }
                if (!verdict.passes()) {
                    state = new ModelState.Held(candidate.sha256(), clock.instant(), verdict);
                    return;
                }
                admitted.add(candidate.sha256());
            }
            goLive();
        } catch (RuntimeException failure) {
            LOG.error("The cross-validation of an intent change failed; the previous model keeps serving", failure);
            synchronized (this) {
                if (stillChecking(candidate.sha256())) {
                    state = new ModelState.CheckFailed(candidate.sha256(), clock.instant(), String.valueOf(failure.getMessage()));
                }
            }
        }
    }

    /**
     * Reloads with the waiting change admitted. Unless the files changed again meanwhile (and that newer change is
     * now being checked), what is on disk is then what serves.
     */
    private void goLive() {
        ModelState admittedState = state;
        try {
            knowledge.reload();
        } catch (RuntimeException failure) {
            LOG.error("Reloading the admitted intent change failed; the previous model keeps serving", failure);
            return;
        }
        synchronized (this) {
            if (state == admittedState) {
                state = new ModelState.Live(clock.instant());
            }
        }
    }

    private boolean stillChecking(String sha) {
        return state instanceof ModelState.Checking checking && checking.catalogSha256().equals(sha);
    }

    private EvaluationReport report(IntentCatalog catalog) {
        synchronized (reports) {
            EvaluationReport known = reports.get(catalog.sha256());
            if (known != null) {
                return known;
            }
        }
        EvaluationReport report = new CrossValidation(folds, SEED,
                intents -> OpenNlpIntentClassifier.train(intents, catalog.synonyms())).run(catalog);
        synchronized (reports) {
            reports.put(catalog.sha256(), report);
        }
        return report;
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
