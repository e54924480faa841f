package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.persistence.UpgradeFromPreviousReleaseTest;

/** The previous release's database upgraded on a real PostgreSQL, as on H2. */
class PostgresUpgradeFromPreviousReleaseTest extends UpgradeFromPreviousReleaseTest {

    @Override
    protected Database database() {
        PostgresServer.Database database = PostgresServer.newDatabase();
        return new Database(database.jdbcUrl(), database.r2dbcUrl(), "postgres", "");
    }
}
