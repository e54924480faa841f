package dev.tandem.adapters.scaleout;

import dev.tandem.adapters.persistence.R2dbcConversationStoreTest.DatabaseUnderTest;
import dev.tandem.adapters.persistence.R2dbcFailedProofsTest;

/** The shop-wide count of failed order proofs on a real PostgreSQL: the same tests as on H2. */
class PostgresFailedProofsTest extends R2dbcFailedProofsTest {

    @Override
    protected DatabaseUnderTest database() {
        return PostgresServer.newMigratedDatabase();
    }
}
