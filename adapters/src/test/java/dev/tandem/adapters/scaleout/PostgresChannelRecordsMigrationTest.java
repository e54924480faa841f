package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.persistence.ChannelRecordsMigrationTest;

/** The channels' records migrated on a real PostgreSQL, as on H2. */
class PostgresChannelRecordsMigrationTest extends ChannelRecordsMigrationTest {

    @Override
    protected Jdbc database() {
        PostgresServer.Database database = PostgresServer.newDatabase();
        return new Jdbc(database.jdbcUrl(), "postgres", "");
    }
}
