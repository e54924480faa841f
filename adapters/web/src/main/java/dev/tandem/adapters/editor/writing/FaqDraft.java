package dev.tandem.adapters.editor.writing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * An FAQ entry begun but not yet in every language, so not yet served: typically a question a shopper asked (or an
 * agent's reply to it) in one language, kept until an editor has written the others and publishes it.
 *
 * @param language  the language it was begun in (the shopper's)
 * @param items     the learning items it answers, closed when it is published
 * @param languages what is written so far, by language
 */
public record FaqDraft(String id, String language, List<Long> items, Map<String, FaqDocument> languages) {

    public FaqDraft {
        items = items == null ? List.of() : List.copyOf(items);
        Map<String, FaqDocument> written = new LinkedHashMap<>();
        for (String lang : FaqEntries.LANGUAGES) {
            if (languages != null && languages.get(lang) != null) {
                written.put(lang, languages.get(lang).withId(id));
            }
        }
        languages = written;
    }

    /** The languages an editor has still to write, in the page's order. */
    public List<String> missing() {
        return FaqEntries.LANGUAGES.stream().filter(lang -> !languages.containsKey(lang)).toList();
    }

    /**
     * This draft begun again from other learning items (the same question asked again, perhaps in another
     * language): it answers them too, and gains the languages it did not have.
     */
    FaqDraft adding(FaqDraft again) {
        LinkedHashSet<Long> all = new LinkedHashSet<>(items);
        all.addAll(again.items());
        Map<String, FaqDocument> written = new LinkedHashMap<>(languages);
        again.languages().forEach(written::putIfAbsent);
        return new FaqDraft(id, language, new ArrayList<>(all), written);
    }

    FaqDraft with(Map<String, FaqDocument> written) {
        return new FaqDraft(id, language, items, written);
    }
}
