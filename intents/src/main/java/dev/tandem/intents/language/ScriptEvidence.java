package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the letters alone say. Cyrillic letters mean Russian or Ukrainian even beside Latin ones (shoppers mix in
 * English words and brand names: "де мій order"); Latin letters alone mean English or Polish, or Russian or
 * Ukrainian typed on a Latin keyboard. Letters only one language uses decide (і ї є ґ are Ukrainian, ы э ъ ё
 * Russian, ą ć ę ł ń ó ś ź ż Polish).
 */
record ScriptEvidence(int letters, Script script, Set<Language> distinctive) {

    enum Script { LATIN, CYRILLIC, NONE }

    /** Fewer Cyrillic letters than this beside Latin ones are taken for a stray character, not the script. */
    private static final int MIN_CYRILLIC = 2;
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
        Script script = cyrillic >= MIN_CYRILLIC || cyrillic > 0 && latin == 0 ? Script.CYRILLIC
                : latin > 0 ? Script.LATIN : Script.NONE;
        distinctive.retainAll(script == Script.CYRILLIC ? EnumSet.of(Language.RU, Language.UK)
                : script == Script.LATIN ? EnumSet.of(Language.PL) : EnumSet.noneOf(Language.class));
        return new ScriptEvidence(latin + cyrillic, script, distinctive);
    }

    /** The one language the distinctive letters point to, if they point to exactly one. */
    Optional<Language> decisive() {
        return distinctive.size() == 1 ? Optional.of(distinctive.iterator().next()) : Optional.empty();
    }
}
