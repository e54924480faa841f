package dev.tandem.bot.dialogue;

import dev.tandem.intents.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Notices a shopper losing patience: shouting (several words in capitals) or abuse. Either way a person
 * should take over; the bot arguing back helps nobody. Matching is on words with diacritics folded, in all
 * four languages at once (people swear across languages). Words that also name goods or ordinary things
 * (a blunt knife, a belt buckle, dumbbells, horseradish) are only abuse when aimed at the bot or the shop,
 * so they are listed as whole phrases, not stems.
 */
final class Frustration {

    private static final int SHOUTED_WORDS = 3;
    private static final int SHOUTED_LETTERS = 12;
    private static final double SHOUTING_UPPER_SHARE = 0.8;

    /** Whole words that are abuse wherever they appear. */
    private static final Set<String> ABUSIVE_WORDS = Set.of(
            "stupid", "useless", "moron", "morons", "wtf", "crap", "crappy", "shit", "shitty",
            "бля", "блять", "блядь", "дебил", "дебилы", "debil", "debile", "debilu");
    /** Stems unambiguous enough to match at the start of any word. */
    private static final List<String> ABUSIVE_STEMS = List.of(
            "idiot", "идиот", "ідіот", "набрид", "fuck", "хуй", "хуе", "хуё", "пизд", "ебан", "ебал", "бесполезн", "задолбал", "задовбал", "говно", "лайно",
            "дурацк", "kurw", "pierdol", "chuj", "wkurz", "beznadziejn", "gowno", "zalosn");
    /** Words that are ordinary on their own and abuse only next to "bot" or "you". */
    private static final Set<String> ABUSIVE_WITH_TARGET = Set.of(
            "dumb", "rubbish", "garbage", "тупой", "тупая", "тупий", "тупа", "дурний", "дурной", "glupi", "glupia");
    private static final Set<String> TARGETS = Set.of(
            "bot", "бот", "ты", "вы", "ти", "ви", "you", "chatbot", "czat", "czatbot", "чат", "asystent");

    /** The lists above with diacritics folded, as the message's words are: folded once, not per message. */
    private static final Set<String> FOLDED_ABUSIVE_WORDS = folded(ABUSIVE_WORDS);
    private static final List<String> FOLDED_ABUSIVE_STEMS = ABUSIVE_STEMS.stream().map(TextNormalizer::fold).toList();
    private static final Set<String> FOLDED_ABUSIVE_WITH_TARGET = folded(ABUSIVE_WITH_TARGET);
    private static final Set<String> FOLDED_TARGETS = folded(TARGETS);

    private Frustration() {
    }

    private static Set<String> folded(Set<String> words) {
        return words.stream().map(TextNormalizer::fold).collect(Collectors.toUnmodifiableSet());
    }

    static boolean shows(String text) {
        return shouting(text) || abusive(text);
    }

    /**
     * Three or more words, a dozen letters or more, nearly all capitals: "WHERE IS MY REFUND", not "OK THANKS".
     * A product code (letters with digits or dashes) is not a word.
     */
    private static boolean shouting(String text) {
        int letters = 0;
        int upper = 0;
        int words = 0;
        for (String chunk : text.strip().split("\\s+")) {
            String word = chunk.replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
                continue;
            }
            words++;
            letters += word.length();
            upper += (int) word.chars().filter(Character::isUpperCase).count();
        }
        return words >= SHOUTED_WORDS && letters >= SHOUTED_LETTERS && upper >= SHOUTING_UPPER_SHARE * letters;
    }

    private static boolean abusive(String text) {
        List<String> words = Arrays.stream(TextNormalizer.tokens(text)).map(TextNormalizer::fold).toList();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (FOLDED_ABUSIVE_WORDS.contains(word) || FOLDED_ABUSIVE_STEMS.stream().anyMatch(word::startsWith)) {
                return true;
            }
            if (FOLDED_ABUSIVE_WITH_TARGET.contains(word) && (next(words, i - 1) || next(words, i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean next(List<String> words, int index) {
        return index >= 0 && index < words.size()
                && FOLDED_TARGETS.contains(words.get(index));
    }
}
