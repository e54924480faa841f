package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.language.CharNgramLanguageModel.Written;
import dev.tandem.intents.text.TextNormalizer;
import dev.tandem.intents.vocabulary.Transliteration;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language detection for 1–6-word chat messages, combining evidence in order of reliability: the letters only
 * one language uses (decisive when present); the script, which narrows the candidates (Cyrillic: ru/uk, even
 * with English words mixed in; Latin: en/pl, or ru/uk typed on a Latin keyboard); a character n-gram model
 * trained on the shop's own examples, and on its Russian and Ukrainian examples transliterated to Latin letters;
 * whether the words are forms of the Ukrainian or Polish dictionary ({@link WordForms}), which knows the language
 * beyond the shop's vocabulary; OpenNLP's general detector; and the conversation's language, which wins when the
 * text fits two languages about equally. Text with almost no letters, or a word every language uses ("ok"), is
 * neutral.
 */
public final class ShortTextLanguageDetector implements LanguageDetector {

    /**
     * Names what the detector learns from the shop's examples ({@link #save}): a saved detector of another version
     * is not reused. Change it whenever the n-grams, {@link TextNormalizer}, {@link Transliteration} or the saved part
     * of OpenNLP's model change.
     */
    public static final String MODEL_VERSION = "ngram3-translit2-words-opennlp4-v2";

    private static final double DECISIVE_CONFIDENCE = 0.97;
    /** OpenNLP is trained on long texts; on chat messages it counts for less than the shop's own examples. */
    private static final double OPENNLP_WEIGHT = 0.5;
    /**
     * The shop's n-gram model counts every 1–3-gram of a word as independent evidence, and it has seen only the
     * shop's few hundred examples: left at full weight it drowns the dictionaries on any text beyond the shop's
     * vocabulary (tuned on the development set of {@code eval/language/dev-sentences.py}).
     */
    private static final double NGRAM_WEIGHT = 0.3;
    /**
     * Log-likelihood ratios of a word being, or not being, a dictionary form, for the dictionary's language against
     * its neighbours: 98.9 % of the words of Ukrainian sentences are forms of the Ukrainian dictionary, 29 % of the
     * words of Russian ones (shared words: "не", "число", "режим"), so a known word counts log(0.989/0.29) for
     * Ukrainian and an unknown one log(0.011/0.71) against it. In Polish (diacritics optional), 98.7 % against 28 %
     * of English words; an unknown word counts half what the ratio says (log(0.013/0.72) ≈ -4): chat Polish has
     * typos the dictionary cannot know. Measured on the same development set.
     */
    private static final double UKRAINIAN_FORM = 1.2;
    private static final double NOT_UKRAINIAN_FORM = -4;
    private static final double POLISH_FORM = 1.3;
    private static final double NOT_POLISH_FORM = -2;
    /**
     * Log prior of Russian or Ukrainian typed in Latin letters against English or Polish: most Latin-letter
     * messages are English or Polish, so Latin-typed Cyrillic languages must fit clearly better.
     */
    private static final double LATIN_TYPED_PRIOR = Math.log(0.1);
    /** Log prior of the conversation's language: enough to break a tie, not to overrule the text. */
    private static final double CONVERSATION_PRIOR = Math.log(9);
    /**
     * A score this far (in nats) below the best is worth less than e^-10 of it: it changes no decision and no
     * confidence by more than 0.00005.
     */
    private static final double HOPELESS = 10;
    private static final int MIN_LETTERS = 2;
    /**
     * One Latin word is too little to tell Russian or Ukrainian typed on a Latin keyboard from English or Polish:
     * "no" is English, Polish and a transliterated Russian "но" at once.
     */
    private static final int MIN_LATIN_TYPED_WORDS = 2;
    private static final Set<String> NEUTRAL_WORDS = Set.of("ok", "okay", "okey", "ок", "окей", "k", "kk", "hmm", "ммм");

    /** Compiled once: {@code String.split} compiles any pattern longer than one character on every call. */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_LANGUAGE = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+|\\S*\\d\\S*");

    private final OpenNlpLanguageModel openNlp;
    /** Held here so that the dictionaries load with the detector, not on the first message. */
    private final Dictionary ukrainian = new Dictionary(WordForms.UKRAINIAN, UKRAINIAN_FORM, NOT_UKRAINIAN_FORM,
            Character.UnicodeScript.CYRILLIC, Language.RU);
    private final Dictionary polish = new Dictionary(WordForms.POLISH, POLISH_FORM, NOT_POLISH_FORM,
            Character.UnicodeScript.LATIN, Language.EN);
    private final ShopExamples shop;

    public ShortTextLanguageDetector(IntentCatalog catalog) {
        this(ShopExamples.of(catalog), OpenNlpLanguageModel.bundled());
    }

    private ShortTextLanguageDetector(ShopExamples shop, OpenNlpLanguageModel openNlp) {
        this.shop = shop;
        this.openNlp = openNlp;
    }

    /** What the detector learnt from the shop's examples and OpenNLP's model for Tandem's languages, for {@link #load}. */
    public void save(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        shop.write(data);
        openNlp.write(data);
        data.flush();
    }

    /** Reads what {@link #save} wrote; fails with an {@link IOException} on anything else. */
    public static ShortTextLanguageDetector load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        return new ShortTextLanguageDetector(ShopExamples.read(data), OpenNlpLanguageModel.read(data));
    }

    @Override
    public LanguageGuess detect(String text) {
        return detect(text, Optional.empty());
    }

    @Override
    public LanguageGuess detect(String text, Language conversation) {
        return detect(text, Optional.ofNullable(conversation));
    }

    private LanguageGuess detect(String text, Optional<Language> conversation) {
        // E-mail addresses, links and order references say nothing about the language the shopper speaks.
        String normalized = withoutNonLanguage(TextNormalizer.normalize(text));
        ScriptEvidence script = ScriptEvidence.of(normalized);
        if (script.letters() < MIN_LETTERS || isNeutral(normalized)) {
            return LanguageGuess.neutral();
        }
        Optional<Language> decisive = script.decisive();
        if (decisive.isPresent()) {
            return LanguageGuess.of(decisive.get(), DECISIVE_CONFIDENCE);
        }
        List<Written> candidates = switch (script.script()) {
            case CYRILLIC -> List.of(new Written(Language.RU, false), new Written(Language.UK, false));
            case LATIN -> wordCount(normalized) < MIN_LATIN_TYPED_WORDS
                    ? List.of(new Written(Language.EN, false), new Written(Language.PL, false))
                    : List.of(new Written(Language.EN, false), new Written(Language.PL, false),
                            new Written(Language.RU, true), new Written(Language.UK, true));
            case NONE -> List.of();
        };
        // A way of writing the shop has no examples of cannot be weighed against those it has.
        List<Written> known = candidates.stream().filter(shop.ngrams()::knows).toList();
        return weighEvidence(normalized, known.isEmpty() ? candidates : known, conversation);
    }

    private LanguageGuess weighEvidence(String normalized, List<Written> candidates, Optional<Language> conversation) {
        Map<Language, Double> general = openNlp.probabilities(normalized);
        List<String> grams = CharNgramLanguageModel.grams(normalized);
        double[] scores = new double[candidates.size()];
        double bestAsWritten = Double.NEGATIVE_INFINITY;
        CharNgramLanguageModel examples = shop.ngrams();
        for (int i = 0; i < scores.length; i++) {
            Written candidate = candidates.get(i);
            scores[i] = examples.knows(candidate) ? NGRAM_WEIGHT * examples.logLikelihood(candidate, grams) : 0;
            if (conversation.isPresent() && conversation.get() == candidate.language()) {
                scores[i] += CONVERSATION_PRIOR;
            }
            if (candidate.latinTyped()) {
                scores[i] += LATIN_TYPED_PRIOR;
            } else {
                scores[i] += openNlpEvidence(general, candidate.language())
                        + dictionaryEvidence(normalized, candidate.language());
                bestAsWritten = Math.max(bestAsWritten, scores[i]);
            }
        }
        for (int i = 0; i < scores.length; i++) {
            Written candidate = candidates.get(i);
            if (!candidate.latinTyped()) {
                continue;
            }
            // OpenNLP on the text turned back to Cyrillic costs as much as all the other evidence together, and it
            // can only lower a score: a Latin-typed reading already hopelessly behind is not asked about.
            boolean hopeless = scores[i] < bestAsWritten - HOPELESS;
            scores[i] += openNlpEvidence(hopeless ? Map.of()
                    : openNlp.probabilities(inCyrillic(normalized, candidate.language())), candidate.language());
        }
        Language best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > bestScore) {
                bestScore = scores[i];
                best = candidates.get(i).language();
            }
        }
        if (best == null) {
            return LanguageGuess.neutral();
        }
        double sameLanguage = 0;
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            double weight = Math.exp(scores[i] - bestScore);
            sum += weight;
            sameLanguage += candidates.get(i).language() == best ? weight : 0;
        }
        return LanguageGuess.of(best, sameLanguage / sum);
    }

    /**
     * What the dictionary of the language says of the words written in its script: each word a form of it counts
     * for the language, each other word against it. Russian and English have no dictionary here: their
     * neighbours' dictionaries speak for them.
     */
    private double dictionaryEvidence(String normalized, Language language) {
        Dictionary dictionary = switch (language) {
            case UK -> ukrainian;
            case PL -> polish;
            default -> null;
        };
        if (dictionary == null) {
            return 0;
        }
        Set<String> ownWords = shop.words(language);
        Set<String> neighbourWords = shop.words(dictionary.neighbour());
        double evidence = 0;
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            // Apostrophes belong to words ("м'ясо"), as in the dictionaries and in TextNormalizer's tokens.
            boolean letter = i < normalized.length() && (Character.isLetter(normalized.charAt(i))
                    || start >= 0 && normalized.charAt(i) == '\'');
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = normalized.substring(start, i);
                start = -1;
                // An English word in a Ukrainian message ("де мій order") is neither for nor against Ukrainian.
                if (Character.UnicodeScript.of(word.charAt(0)) != dictionary.script()) {
                    continue;
                }
                // The shop's own words are the language's; a word it writes only in the neighbouring language is
                // the neighbour's ("вернуть" is a Ukrainian form, but shoppers who write it write Russian); the
                // dictionary decides the rest.
                boolean known = ownWords.contains(word) || !neighbourWords.contains(word) && dictionary.forms().contains(word);
                evidence += known ? dictionary.formOf() : dictionary.notFormOf();
            }
        }
        return evidence;
    }

    /**
     * A language with a dictionary here: what a word found in it counts for the language and one not found counts
     * against it, the script its words are written in, and the neighbour whose shop words are not its own.
     */
    private record Dictionary(WordForms forms, double formOf, double notFormOf, Character.UnicodeScript script,
                              Language neighbour) {
    }

    /** OpenNLP's word on one language, weighed below the shop's own examples; at most 0, never minus infinity. */
    private static double openNlpEvidence(Map<Language, Double> probabilities, Language language) {
        return OPENNLP_WEIGHT * Math.log(probabilities.getOrDefault(language, 0.0) + 1e-3);
    }

    private static int wordCount(String normalized) {
        int words = 0;
        for (String word : normalized.split(" ")) {
            if (word.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words;
    }

    private static String inCyrillic(String normalized, Language language) {
        StringBuilder out = new StringBuilder(normalized.length());
        for (String word : normalized.split(" ")) {
            out.append(Transliteration.toCyrillic(word, language)).append(' ');
        }
        return out.toString();
    }

    /**
     * The text with what {@link #NOT_LANGUAGE} matches blanked out. Every match holds an '@', a digit, "http" or
     * "www."; most chat messages have none of them and skip the regular expression.
     */
    private static String withoutNonLanguage(String normalized) {
        boolean maybe = normalized.indexOf('@') >= 0 || normalized.contains("http") || normalized.contains("www.");
        for (int i = 0; i < normalized.length() && !maybe; i++) {
            char c = normalized.charAt(i);
            maybe = c >= '0' && c <= '9';
        }
        return maybe ? NOT_LANGUAGE.matcher(normalized).replaceAll(" ") : normalized;
    }

    private static boolean isNeutral(String normalized) {
        String[] words = NOT_A_LETTER.split(normalized);
        for (String word : words) {
            if (!word.isEmpty() && !NEUTRAL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
