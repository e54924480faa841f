package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.persistence.PersonalDataTest;
import dev.tandem.adapters.persistence.R2dbcConversationStoreTest.DatabaseUnderTest;

/** Customers' data requests and retention on a real PostgreSQL: the same tests as on H2. */
class PostgresPersonalDataTest extends PersonalDataTest {

    @Override
    protected DatabaseUnderTest database() {
        return PostgresServer.newMigratedDatabase();
    }
}
