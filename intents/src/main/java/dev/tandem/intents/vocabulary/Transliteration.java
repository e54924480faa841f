package dev.tandem.intents.vocabulary;

import dev.tandem.intents.Language;

/**
 * Russian and Ukrainian as shoppers type them on a Latin keyboard ("gde moy zakaz", "de moye zamovlennya"), to
 * Cyrillic and back. Chat transliteration is loose (kh, h and x for х; y for ы, й and и; ya, ia and ja for я), so
 * the rules take the most common spelling and the features downstream (character n-grams, stems) absorb the rest.
 */
public final class Transliteration {

    /** Latin letter groups, longest first, and their Russian and Ukrainian letters. */
    private static final String[][] TO_CYRILLIC = {
        {"shch", "щ", "щ"}, {"sch", "щ", "щ"}, {"zh", "ж", "ж"}, {"kh", "х", "х"}, {"ch", "ч", "ч"},
        {"sh", "ш", "ш"}, {"ts", "ц", "ц"}, {"yu", "ю", "ю"}, {"ju", "ю", "ю"}, {"iu", "ю", "ю"},
        {"ya", "я", "я"}, {"ja", "я", "я"}, {"ia", "я", "я"}, {"yo", "ё", "йо"}, {"jo", "ё", "йо"},
        {"ye", "е", "є"}, {"je", "е", "є"}, {"ie", "е", "є"}, {"yi", "ый", "ї"}, {"ji", "ый", "ї"},
        {"a", "а", "а"}, {"b", "б", "б"}, {"v", "в", "в"}, {"w", "в", "в"}, {"g", "г", "г"}, {"d", "д", "д"},
        {"e", "е", "е"}, {"z", "з", "з"}, {"i", "и", "і"}, {"j", "й", "й"}, {"k", "к", "к"}, {"l", "л", "л"},
        {"m", "м", "м"}, {"n", "н", "н"}, {"o", "о", "о"}, {"p", "п", "п"}, {"r", "р", "р"}, {"s", "с", "с"},
        {"t", "т", "т"}, {"u", "у", "у"}, {"f", "ф", "ф"}, {"h", "х", "г"}, {"c", "ц", "ц"}, {"x", "кс", "кс"},
        {"q", "к", "к"}, {"'", "ь", "ь"}};

    private Transliteration() {
    }

    /** A Latin-typed Russian or Ukrainian word in Cyrillic; letters of neither alphabet are kept. */
    public static String toCyrillic(String latin, Language language) {
        int column = language == Language.UK ? 2 : 1;
        StringBuilder out = new StringBuilder(latin.length());
        int i = 0;
        while (i < latin.length()) {
            String[] match = null;
            for (String[] rule : TO_CYRILLIC) {
                if (latin.startsWith(rule[0], i)) {
                    match = rule;
                    break;
                }
            }
            if (match == null && latin.charAt(i) == 'y') {
                out.append(y(latin, i, language));
                i++;
            } else if (match == null) {
                out.append(latin.charAt(i));
                i++;
            } else {
                out.append(match[column]);
                i += match[0].length();
            }
        }
        return out.toString();
    }

    /** A lone y: й after a vowel ("moy"), else ы in Russian ("vy") and и in Ukrainian ("my"). */
    private static String y(String latin, int at, Language language) {
        boolean afterVowel = at > 0 && "aeiouy".indexOf(latin.charAt(at - 1)) >= 0;
        if (afterVowel) {
            return "й";
        }
        return language == Language.UK ? "и" : "ы";
    }

    /** Cyrillic text as a shopper would type it in Latin letters (the common chat spelling); other text is kept. */
    public static String toLatin(String cyrillic, Language language) {
        return toLatin(cyrillic, language == Language.UK ? UKRAINIAN_LATIN : RUSSIAN_LATIN);
    }

    /**
     * The same text in the other spelling many shoppers use: й as i, х as h, щ as sch, ц as c ("moi hleb"),
     * and for Ukrainian г as g, ї as i, є as e ("garnyi izhak").
     */
    public static String toLatinLoosely(String cyrillic, Language language) {
        return toLatin(cyrillic, language == Language.UK ? UKRAINIAN_LOOSE : RUSSIAN_LOOSE);
    }

    private static String toLatin(String cyrillic, String[] letters) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 8);
        for (int i = 0; i < cyrillic.length(); i++) {
            char c = cyrillic.charAt(i);
            int at = CYRILLIC.indexOf(c);
            out.append(at < 0 ? String.valueOf(c) : letters[at]);
        }
        return out.toString();
    }

    private static final String CYRILLIC = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя'";
    private static final String[] RUSSIAN_LATIN = {"a", "b", "v", "g", "g", "d", "e", "yo", "ye", "zh", "z", "i", "i",
        "yi", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
        "e", "yu", "ya", ""};
    private static final String[] UKRAINIAN_LATIN = {"a", "b", "v", "h", "g", "d", "e", "yo", "ye", "zh", "z", "y", "i",
        "yi", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "",
        "e", "yu", "ya", ""};
    private static final String[] RUSSIAN_LOOSE = replaced(RUSSIAN_LATIN, "йi", "хh", "щsch", "цc", "ёe");
    private static final String[] UKRAINIAN_LOOSE = replaced(UKRAINIAN_LATIN, "йi", "хh", "щsch", "цc", "гg", "їi", "єe");

    /** The letters with some replaced: each rule is a Cyrillic letter followed by its Latin spelling. */
    private static String[] replaced(String[] letters, String... rules) {
        String[] copy = letters.clone();
        for (String rule : rules) {
            copy[CYRILLIC.indexOf(rule.charAt(0))] = rule.substring(1);
        }
        return copy;
    }
}
