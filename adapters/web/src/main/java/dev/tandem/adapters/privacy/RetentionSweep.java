package dev.tandem.adapters.privacy;

import dev.tandem.adapters.schedule.RepeatingJob;
import dev.tandem.bot.privacy.PersonalData;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes transcripts past the retention period once an hour (and right after start-up). */
@Component
public class RetentionSweep extends RepeatingJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final PersonalData personalData;

    public RetentionSweep(PersonalData personalData) {
        this.personalData = personalData;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        repeat(Duration.ZERO, EVERY, () -> personalData.applyRetention().doOnNext(deleted -> {
            if (deleted > 0) {
                LOG.info("Deleted {} conversations past the retention period", deleted);
            }
        }), failure -> LOG.warn("Retention sweep failed; trying again in an hour", failure));
    }
}
