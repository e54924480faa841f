package dev.tandem.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultiRowInsertTest {

    private final MultiRowInsert insert = new MultiRowInsert("rating", List.of("conversation_id", "score"), List.of("id", "score"));

    @Test
    void givenTwoRows_whenTheStatementIsAsked_thenEachRowHasItsOwnNumberedParameters() {
        assertThat(insert.sql(2)).isEqualTo("INSERT INTO rating (conversation_id, score) VALUES (:id0, :score0), (:id1, :score1)");
        assertThat(insert.name(1, 1)).isEqualTo("score1");
    }

    @Test
    void givenMoreRowsThanAreCached_whenAsked_thenTheStatementAndNamesAreBuiltTheSameWay() {
        int rows = MultiRowInsert.CACHED_ROWS + 2;

        assertThat(insert.sql(rows)).startsWith("INSERT INTO rating (conversation_id, score) VALUES (:id0, :score0), ")
                .endsWith(", (:id" + (rows - 1) + ", :score" + (rows - 1) + ")");
        assertThat(insert.name(rows - 1, 0)).isEqualTo("id" + (rows - 1));
        assertThatThrownBy(() -> insert.sql(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
