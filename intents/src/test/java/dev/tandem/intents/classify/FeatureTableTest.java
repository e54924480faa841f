package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void givenManyNames_whenEachIsLookedUpByItsCharacters_thenItsIndexAndNothingForOthers() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            names.add((i % 3 == 0 ? "c=" : "w=") + Integer.toString(i * 7919, 36) + (i % 5 == 0 ? "ść" : ""));
        }
        names.add("");
        FeatureTable table = new FeatureTable(names);

        for (int id = 0; id < names.size(); id++) {
            assertThat(find(table, names.get(id))).isEqualTo(id);
        }
        assertThat(find(table, "w=unknown")).isEqualTo(-1);
        assertThat(find(table, "c=" + Integer.toString(7919, 36))).isEqualTo(-1);
        assertThat(table.size()).isEqualTo(names.size());
    }

    @Test
    void givenTheSameNameTwice_whenBuilt_thenRefused() {
        assertThatThrownBy(() -> new FeatureTable(List.of("w=a", "w=b", "w=a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w=a");
    }

    private static int find(FeatureTable table, String name) {
        char[] buffer = (name + "garbage after the name").toCharArray();
        return table.find(buffer, name.length());
    }
}
