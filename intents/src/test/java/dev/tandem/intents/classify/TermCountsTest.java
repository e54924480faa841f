package dev.tandem.intents.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    private final TermCounts counts = new TermCounts();

    @Test
    void givenRandomMessages_whenCounted_thenEntriesAndOrderAreTheHashMaps() {
        Random random = new Random(9);
        for (int round = 0; round < 2_000; round++) {
            int n = random.nextInt(round < 1_500 ? 200 : 4_000);
            int vocabulary = 1 + random.nextInt(200_000);
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = random.nextInt(8) == 0 ? -1 : random.nextInt(Math.min(vocabulary, 1 + random.nextInt(300)) ) * (1 + random.nextInt(3));
            }
            assertLikeAHashMap(ids);
        }
    }

    @Test
    void givenIdsThatCrowdOneBucket_whenCounted_thenStillTheHashMapsOrder() {
        // Multiples of 1024 share bucket 0 up to a capacity of 1024: the map turns the bucket into a tree (or grows
        // early), and the counts follow it there.
        for (int n : new int[] {8, 9, 10, 20, 70, 200}) {
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = i % 3 == 2 ? -1 : 1024 * (i + 1);
            }
            assertLikeAHashMap(ids);
        }
    }

    @Test
    void givenTheSameCountsReusedForAnotherMessage_whenCounted_thenNothingOfTheFirstRemains() {
        counts.count(new int[] {5, 5, 7}, 3);

        counts.count(new int[] {5, -1}, 2);

        assertThat(entries()).containsExactly(List.of(-2, 1), List.of(5, 1));
    }

    private void assertLikeAHashMap(int[] ids) {
        Map<Integer, Integer> map = new HashMap<>();
        for (int id : ids) {
            map.merge(id < 0 ? -1 - map.size() : id, 1, Integer::sum);
        }
        List<List<Integer>> expected = new ArrayList<>();
        map.forEach((key, count) -> expected.add(List.of(key, count)));

        counts.count(ids, ids.length);

        assertThat(entries()).isEqualTo(expected);
    }

    private List<List<Integer>> entries() {
        List<List<Integer>> entries = new ArrayList<>();
        for (int e = 0; e < counts.size; e++) {
            entries.add(List.of(counts.keys[e], counts.counts[e]));
        }
        return entries;
    }
}
