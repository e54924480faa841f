package dev.tandem.adapters.persistence.h2;

import dev.tandem.adapters.config.BackupProperties;
import dev.tandem.adapters.backup.port.DatabaseBackup;
import io.r2dbc.spi.ConnectionFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Everything the server does only because its database is the embedded H2: statements on threads of their own,
 * the file held open while starting, the file's housekeeping, its backups. Active when {@code spring.r2dbc.url} is an H2 URL
 * (the default, derived by {@link H2DataDirectory}), whatever profile set it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(H2Database.OnH2Url.class)
@EnableConfigurationProperties(BackupProperties.class)
public class H2Database {

    @Bean
    static BeanPostProcessor h2OffTheEventLoop() {
        return DatabaseThreads.h2OffTheEventLoop();
    }

    @Bean
    H2OpenWhileStarting h2OpenWhileStarting(ObjectProvider<ConnectionFactory> pool) {
        return new H2OpenWhileStarting(pool);
    }

    @Bean
    H2Housekeeping h2Housekeeping(Environment environment) {
        return new H2Housekeeping(environment);
    }

    /** Backups into {@code <tandem.data-dir>/backups/}; an in-memory H2 has no file to back up. */
    @Bean
    DatabaseBackup h2Backup(Environment environment, BackupProperties properties) {
        Optional<String> file = H2Housekeeping.fileDatabaseUrl(environment.getProperty("spring.r2dbc.url"),
                environment.getProperty("spring.flyway.url"));
        if (file.isEmpty()) {
            return () -> {
                throw new DatabaseBackup.BackupUnavailableException(
                        "the database is an in-memory H2: there is no file to back up");
            };
        }
        Path dataDir = Path.of(environment.getProperty("tandem.data-dir", "./data"));
        return new H2Backup(file.get(), dataDir.resolve("backups"), properties.keep(), Clock.systemUTC());
    }

    /** {@code r2dbc:h2:…}, or the same behind an explicit pool ({@code r2dbc:pool:h2:…}). */
    static final class OnH2Url implements Condition {

        private static final Pattern H2_URL = Pattern.compile("^r2dbc:(pool:)?h2:.*");

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isH2(context.getEnvironment().getProperty("spring.r2dbc.url"));
        }

        static boolean isH2(String r2dbcUrl) {
            return r2dbcUrl != null && H2_URL.matcher(r2dbcUrl).matches();
        }
    }
}
