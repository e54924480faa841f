package dev.tandem.bot.dialogue;

import dev.tandem.intents.text.TextNormalizer;
import java.util.List;

/**
 * Notices a shopper losing patience: shouting (a long message in capitals) or abuse. Either way a person
 * should take over; the bot arguing back helps nobody. Word stems are matched at the start of words, with
 * diacritics folded, in all four languages at once (people swear across languages).
 */
final class Frustration {

    private static final int SHOUTING_MIN_LETTERS = 12;
    private static final double SHOUTING_UPPER_SHARE = 0.8;
    private static final List<String> ABUSE_STEMS = List.of(
            // en
            "idiot", "stupid", "useless", "fuck", "shit", "crap", "moron", "dumb", "wtf", "rubbish bot",
            // ru
            "идиот", "тупой", "тупая", "дебил", "бесполезн", "задолбал", "достали", "бля", "хуй", "хуе", "пизд", "ебан",
            "говно", "дурацк",
            // uk
            "ідіот", "тупий", "дурний", "задовбал", "набрид", "лайно", "хрін",
            // pl
            "kurw", "debil", "beznadziejn", "wkurz", "chuj", "pierdol", "gowno", "zalosn");

    private Frustration() {
    }

    static boolean shows(String text) {
        return shouting(text) || abusive(text);
    }

    private static boolean shouting(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
            i += Character.charCount(c);
        }
        return letters >= SHOUTING_MIN_LETTERS && upper >= SHOUTING_UPPER_SHARE * letters;
    }

    private static boolean abusive(String text) {
        String folded = " " + TextNormalizer.fold(String.join(" ", TextNormalizer.tokens(text)));
        return ABUSE_STEMS.stream().anyMatch(stem -> folded.contains(" " + TextNormalizer.fold(stem)));
    }
}
