package dev.tandem.adapters.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.backup.port.DatabaseBackup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The H2-only parts are switched on by the database URL, whatever profile or property set it. */
class H2DatabaseTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(H2Database.class);

    @Test
    void givenAPostgresUrl_whenTheContextStarts_thenNoH2PartIsThere() {
        context.withPropertyValues("spring.r2dbc.url=r2dbc:postgresql://localhost:5432/tandem")
                .run(started -> assertThat(started).doesNotHaveBean(H2Housekeeping.class)
                        .doesNotHaveBean(H2OpenWhileStarting.class).doesNotHaveBean("h2OffTheEventLoop")
                        .doesNotHaveBean(DatabaseBackup.class));
    }

    @Test
    void givenAnH2Url_whenTheContextStarts_thenTheH2PartsAreThere() {
        context.withPropertyValues("spring.r2dbc.url=r2dbc:h2:mem:///tandem")
                .run(started -> assertThat(started).hasSingleBean(H2Housekeeping.class)
                        .hasSingleBean(H2OpenWhileStarting.class).hasBean("h2OffTheEventLoop")
                        .hasSingleBean(DatabaseBackup.class));
    }

    @Test
    void givenThePooledFormOfAnH2Url_whenChecked_thenItIsH2() {
        assertThat(H2Database.OnH2Url.isH2("r2dbc:pool:h2:file:///data/tandem")).isTrue();
        assertThat(H2Database.OnH2Url.isH2("r2dbc:pool:postgresql://db/tandem")).isFalse();
        assertThat(H2Database.OnH2Url.isH2(null)).isFalse();
    }
}
