package dev.tandem.kb;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the FAQ of one content directory, per language. Thread-safe; an instance never changes. */
public interface FaqIndex {

    /** The entry with this id in this language (en, ru, uk, pl). */
    Optional<FaqEntry> entry(String language, String id);

    /** The entry whose front matter names this intent, in this language. */
    Optional<FaqEntry> answerFor(String language, String intent);

    /** Ranked hits, best first, at most {@code limit}; scores calibrated to [0, 1]. Never throws for any query text. */
    List<FaqHit> search(String language, String query, int limit);

    /** Every entry of a language, ordered by id. */
    List<FaqEntry> entries(String language);

    /** Entries per language, for status pages. */
    Map<String, Integer> entryCounts();
}
