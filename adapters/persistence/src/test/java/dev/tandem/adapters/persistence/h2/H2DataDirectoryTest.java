package dev.tandem.adapters.persistence.h2;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.r2dbc.core.DatabaseClient;

class H2DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void givenDataDir_whenDatabaseUrlsAreRead_thenBothPointAtAnAbsoluteH2FileInsideIt() {
        MockEnvironment environment = new MockEnvironment().withProperty("tandem.data-dir", temp.resolve("d").toString());
        new H2DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        String database = temp.resolve("d").toAbsolutePath().resolve("tandem").toString();
        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:h2:file:///" + database + "?options=" + H2DataDirectory.H2Urls.H2_SETTINGS);
        assertThat(environment.getProperty("spring.flyway.url")).isEqualTo("jdbc:h2:file:" + database + ";" + H2DataDirectory.H2Urls.H2_SETTINGS);
        assertThat(temp.resolve("d")).isDirectory();
    }

    @Test
    void givenDataDirSetAfterStartUp_whenUrlsAreRead_thenTheLaterValueCounts() {
        MockEnvironment environment = new MockEnvironment();
        new H2DataDirectory().postProcessEnvironment(environment, new SpringApplication());
        environment.setProperty("tandem.data-dir", temp.toString());

        assertThat(environment.getProperty("spring.flyway.url")).startsWith("jdbc:h2:file:" + temp.toAbsolutePath());
    }

    @Test
    void givenExplicitR2dbcUrl_whenRead_thenTheUsersUrlWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.r2dbc.url", "r2dbc:postgresql://db/tandem");
        new H2DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.r2dbc.url")).isEqualTo("r2dbc:postgresql://db/tandem");
    }

    @Test
    void givenTheDerivedUrl_whenH2OpensIt_thenEverySettingIsInEffect() {
        MockEnvironment environment = new MockEnvironment().withProperty("tandem.data-dir", temp.toString());
        new H2DataDirectory().postProcessEnvironment(environment, new SpringApplication());
        DatabaseClient db = DatabaseClient.create(ConnectionFactories.get(ConnectionFactoryOptions
                .parse(environment.getProperty("spring.r2dbc.url")).mutate()
                .option(ConnectionFactoryOptions.USER, "sa").option(ConnectionFactoryOptions.PASSWORD, "").build()));

        // H2 refuses a setting it does not know, so opening at all proves the names; the values must have taken.
        Map<String, String> settings = db.sql("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_VALUE IS NOT NULL")
                .map(row -> Map.entry(row.get(0, String.class), row.get(1, String.class))).all()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (same, twice) -> same)).block();

        assertThat(settings).containsEntry("WRITE_DELAY", "0").containsEntry("info.PAGE_SIZE", "2048")
                .containsEntry("MAX_LENGTH_INPLACE_LOB", "32768");
    }
}
