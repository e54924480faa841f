package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A customer's conversations are found through indexes of whole addresses, not by reading messages. */
class PersonalDataLookupPlanTest {

    @Test
    void givenTheLookupOfACustomersConversations_whenPlanned_thenItReadsTheAddressIndexesAndNeverTheMessages() {
        H2TestDatabase database = new H2TestDatabase();
        String query = R2dbcPersonalDataStore.CONVERSATIONS_OF.replace(":email", "'ann@example.org'");

        String plan = database.client.sql("EXPLAIN " + query).map(row -> row.get(0, String.class)).one().block();

        assertThat(plan).contains("MESSAGE_EMAIL_ADDRESS: EMAIL = 'ann@example.org'")
                .contains("CUSTOMER_LINK_IDENTITY: IDENTITY_KIND = 'EMAIL'")
                .doesNotContain("\"PUBLIC\".\"MESSAGE\"")
                .doesNotContain("tableScan");
    }
}
