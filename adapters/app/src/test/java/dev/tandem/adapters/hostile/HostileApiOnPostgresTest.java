package dev.tandem.adapters.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.adapters.ShopperChat;
import dev.tandem.adapters.scaleout.PostgresServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
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

    @Test
    void givenThePostgresProfile_whenAnAdminAsksForABackup_thenNotImplementedPointingToPgDump() {
        Map<String, Object> error = http.post().uri("/api/v1/admin/backup").headers(h -> h.setBasicAuth("boss", "boss-pass"))
                .exchange().expectStatus().isEqualTo(HttpStatus.NOT_IMPLEMENTED)
                .expectBody(ShopperChat.JSON).returnResult().getResponseBody();

        assertThat(error).containsEntry("error", "backup_unavailable");
        assertThat((String) error.get("message")).contains("PostgreSQL").contains("pg_dump");
    }
}
