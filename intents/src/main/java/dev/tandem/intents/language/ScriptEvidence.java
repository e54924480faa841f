package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the letters alone say: the script narrows a message to two candidates (Latin: en/pl, Cyrillic:
 * ru/uk), and letters only one language of a pair uses decide between them (і ї є ґ are Ukrainian, ы э ъ ё
 * Russian, ą ć ę ł ń ó ś ź ż Polish).
 */
record ScriptEvidence(int letters, Set<Language> candidates, Set<Language> distinctive) {

    private static final String UKRAINIAN_ONLY = "іїєґ";
    private static final String RUSSIAN_ONLY = "ыэъё";
    private static final String POLISH_ONLY = "ąćęłńóśźż";

    static ScriptEvidence of(String normalized) {
        int latin = 0;
        int cyrillic = 0;
        Set<Language> distinctive = EnumSet.noneOf(Language.class);
        for (int i = 0; i < normalized.length(); ) {
            int c = normalized.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
            if (UKRAINIAN_ONLY.indexOf(c) >= 0) {
                distinctive.add(Language.UK);
            } else if (RUSSIAN_ONLY.indexOf(c) >= 0) {
                distinctive.add(Language.RU);
            } else if (POLISH_ONLY.indexOf(c) >= 0) {
                distinctive.add(Language.PL);
            }
        }
        Set<Language> candidates = cyrillic > latin ? EnumSet.of(Language.RU, Language.UK)
                : latin > 0 ? EnumSet.of(Language.EN, Language.PL) : EnumSet.noneOf(Language.class);
        distinctive.retainAll(candidates);
        return new ScriptEvidence(latin + cyrillic, candidates, distinctive);
    }

    /** The one candidate the distinctive letters point to, if they point to exactly one. */
    Optional<Language> decisive() {
        return distinctive.size() == 1 ? Optional.of(distinctive.iterator().next()) : Optional.empty();
    }
}
