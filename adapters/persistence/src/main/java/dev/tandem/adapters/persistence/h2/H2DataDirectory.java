package dev.tandem.adapters.persistence.h2;

import dev.tandem.adapters.config.DataDirectory;
import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Points the embedded H2 database at {@code tandem.data-dir}. H2 wants an absolute path (a relative one
 * must start with "./", and R2DBC URLs need an extra slash), so the URLs are derived here rather than
 * making every user write them. They are computed when read, not when the environment is prepared, so a
 * data directory set later (a test's dynamic property) is honoured; and the source comes last, so a
 * {@code spring.r2dbc.url} the user sets (the postgres profile) wins, and {@link H2Database} then stays off.
 */
public final class H2DataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new H2Urls(environment));
    }

    /** The settings the server opens its H2 file with; for tests that open such a file themselves. */
    public static String h2Settings() {
        return H2Urls.H2_SETTINGS;
    }

    /**
     * Not enumerable on purpose: Boot's configuration-property adapter enumerates every enumerable source on
     * each lookup, and this source itself looks up {@code tandem.data-dir}, which would recurse.
     */
    static final class H2Urls extends PropertySource<Object> {

        /**
         * Every acknowledged message must survive a killed process: write each commit out, do not delay it
         * ({@code WRITE_DELAY=0}; docs/adr/0001-h2-durable-commits.md). What a commit writes is every page it
         * changed, whole, so the rest is about writing less per turn:
         * <ul>
         * <li>{@code PAGE_SIZE}: a turn changes a few rows scattered over the tables and indexes (its conversation,
         * its messages' key entries); a smaller page means fewer bystander rows rewritten with each.</li>
         * <li>{@code MAX_LENGTH_INPLACE_LOB}: r2dbc-h2 passes every string parameter as a CLOB, and H2 would store
         * each one longer than 256 characters (most bot answers) in its LOB tables before copying it into the row,
         * and delete it after: the text written three times. No column is a LOB, so keeping such values in memory
         * up to the longest message (20,000 characters) changes nothing else.</li>
         * </ul>
         */
        static final String H2_SETTINGS = "WRITE_DELAY=0;PAGE_SIZE=2048;MAX_LENGTH_INPLACE_LOB=32768";
        /**
         * Kept in a field, not as the source object: Boot walks into property sources whose source is an
         * environment, and walking into this one's own environment would never end.
         */
        private final ConfigurableEnvironment environment;

        H2Urls(ConfigurableEnvironment environment) {
            super("tandemDataDirectory", new Object());
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.r2dbc.url" -> "r2dbc:h2:file:///" + database() + "?options=" + H2_SETTINGS;
                case "spring.flyway.url" -> "jdbc:h2:file:" + database() + ";" + H2_SETTINGS;
                case "spring.r2dbc.username", "spring.flyway.user" -> "sa";
                case "spring.r2dbc.password", "spring.flyway.password" -> "";
                default -> null;
            };
        }

        private String database() {
            Path dataDir = DataDirectory.writable(Path.of(environment.getProperty("tandem.data-dir", "./data")));
            return dataDir.resolve("tandem").toString().replace('\\', '/');
        }
    }
}
