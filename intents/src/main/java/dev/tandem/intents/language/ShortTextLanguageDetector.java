package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.text.TextNormalizer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Language detection for 1–6-word chat messages, combining three kinds of evidence in order of
 * reliability: the script and the letters only one language uses (decisive when present); a character
 * n-gram model trained on the shop's own examples; and OpenNLP's general detector restricted to the two
 * candidates of the script. Text with almost no letters, or a word every language uses ("ok"), is neutral.
 */
public final class ShortTextLanguageDetector implements LanguageDetector {

    private static final double DECISIVE_CONFIDENCE = 0.97;
    /** OpenNLP is trained on long texts; on chat messages it counts for less than the shop's own examples. */
    private static final double OPENNLP_WEIGHT = 0.5;
    private static final int MIN_LETTERS = 2;
    private static final Set<String> NEUTRAL_WORDS = Set.of("ok", "okay", "okey", "ок", "окей", "k", "kk", "hmm", "ммм");

    /** Compiled once: {@code String.split} compiles any pattern longer than one character on every call. */
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NOT_LANGUAGE = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+|\\S*\\d\\S*");

    private final CharNgramLanguageModel examples = new CharNgramLanguageModel();
    private final OpenNlpLanguageModel openNlp = new OpenNlpLanguageModel();

    public ShortTextLanguageDetector(IntentCatalog catalog) {
        for (IntentDefinition intent : catalog.intents()) {
            for (Language language : Language.values()) {
                intent.examples(language).forEach(example -> examples.add(language, TextNormalizer.normalize(example)));
            }
        }
    }

    @Override
    public LanguageGuess detect(String text) {
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
        return weighEvidence(normalized, script.candidates());
    }

    private LanguageGuess weighEvidence(String normalized, Set<Language> candidates) {
        Map<Language, Double> general = openNlp.probabilities(normalized);
        Language best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] scores = new double[candidates.size()];
        int i = 0;
        for (Language candidate : candidates) {
            double score = examples.knows(candidate) ? examples.logLikelihood(candidate, normalized) : 0;
            score += OPENNLP_WEIGHT * Math.log(general.getOrDefault(candidate, 0.0) + 1e-3);
            scores[i++] = score;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp(score - bestScore);
        }
        return LanguageGuess.of(best, 1.0 / sum);
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
