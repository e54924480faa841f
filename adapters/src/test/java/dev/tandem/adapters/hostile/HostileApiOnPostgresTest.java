package dev.tandem.adapters.hostile;

import dev.tandem.adapters.scaleout.PostgresServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hostile-input suite against the {@code postgres} profile on a real PostgreSQL (embedded): the answers must
 * be the same as on H2, where PostgreSQL is stricter about what text it stores (no U+0000).
 */
@ActiveProfiles("postgres")
class HostileApiOnPostgresTest extends HostileApiTest {

    private static final PostgresServer.Database DATABASE = PostgresServer.newDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
        registry.add("spring.r2dbc.username", () -> "postgres");
        registry.add("spring.r2dbc.password", () -> "");
        registry.add("spring.flyway.url", DATABASE::jdbcUrl);
    }
}
