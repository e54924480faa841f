package dev.tandem.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DataDirectoryEnvironmentTest {

    @TempDir
    Path temp;

    @Test
    void givenDataDir_whenDatabaseUrlsAreRead_thenBothPointAtAnAbsoluteH2FileInsideIt() {
        MockEnvironment environment = new MockEnvironment().withProperty("tandem.data-dir", temp.resolve("d").toString());
        new DataDirectoryEnvironment().postProcessEnvironment(environment, new SpringApplication());

        String database = temp.resolve("d").toAbsolutePath().resolve("tandem").toString();
        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:h2:file:///" + database + "?options=WRITE_DELAY=0");
        assertThat(environment.getProperty("spring.flyway.url")).isEqualTo("jdbc:h2:file:" + database + ";WRITE_DELAY=0");
        assertThat(temp.resolve("d")).isDirectory();
    }

    @Test
    void givenDataDirSetAfterStartUp_whenUrlsAreRead_thenTheLaterValueCounts() {
        MockEnvironment environment = new MockEnvironment();
        new DataDirectoryEnvironment().postProcessEnvironment(environment, new SpringApplication());
        environment.setProperty("tandem.data-dir", temp.toString());

        assertThat(environment.getProperty("spring.flyway.url")).startsWith("jdbc:h2:file:" + temp.toAbsolutePath());
    }

    @Test
    void givenExplicitR2dbcUrl_whenRead_thenTheUsersUrlWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.r2dbc.url", "r2dbc:postgresql://db/tandem");
        new DataDirectoryEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:postgresql://db/tandem");
    }
}
