package dev.tandem.adapters.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.RunningServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class H2HousekeepingServerTest extends RunningServerTest {

    @Autowired
    H2Housekeeping housekeeping;

    @Test
    void givenTheServerOnItsH2File_whenItRuns_thenHousekeepingTendsThatFile() {
        assertThat(housekeeping.isRunning()).isTrue();
        assertThat(housekeeping.chunksFillPercent()).hasValueSatisfying(fill -> assertThat(fill).isBetween(0, 100));
    }
}
