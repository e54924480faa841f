package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.persistence.ExistingRowsMigrationTest;

/** Rows stored before a migration, migrated on a real PostgreSQL as on H2. */
class PostgresExistingRowsMigrationTest extends ExistingRowsMigrationTest {

    @Override
    protected Jdbc database() {
        PostgresServer.Database database = PostgresServer.newDatabase();
        return new Jdbc(database.jdbcUrl(), "postgres", "");
    }
}
