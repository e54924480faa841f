package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import dev.tandem.intents.ModelFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A naive-Bayes language model over character 1–3-grams, trained on the shop's own example messages. It
 * knows the shop's vocabulary in short chat form ("де посилка", "gdzie paczka"), which a general-purpose
 * detector trained on long texts does not. A class is a language as written ({@link Written}), so Russian typed
 * in Latin letters is a class of its own.
 */
final class CharNgramLanguageModel {

    /** A language in a script: Russian in Cyrillic, Russian typed in Latin letters, Polish, … */
    record Written(Language language, boolean latinTyped) {
    }

    private static final int MAX_N = 3;
    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern NOT_IN_WORD = Pattern.compile("[^\\p{L}']+");

    private final Map<Written, Map<String, Integer>> counts = new HashMap<>();
    private final Map<Written, Long> totals = new HashMap<>();
    private final Set<String> vocabulary = new HashSet<>();

    void add(Written language, String normalized) {
        Map<String, Integer> languageCounts = counts.computeIfAbsent(language, l -> new HashMap<>());
        for (String gram : grams(normalized)) {
            languageCounts.merge(gram, 1, Integer::sum);
            totals.merge(language, 1L, Long::sum);
            vocabulary.add(gram);
        }
    }

    /**
     * Log-likelihood of a text under the language, with add-one smoothing.
     *
     * @param grams the text's n-grams ({@link #grams}): taken once per message and weighed for every candidate
     */
    double logLikelihood(Written language, List<String> grams) {
        Map<String, Integer> languageCounts = counts.getOrDefault(language, Map.of());
        double denominator = Math.log(totals.getOrDefault(language, 0L) + vocabulary.size() + 1.0);
        double sum = 0;
        for (String gram : grams) {
            sum += Math.log(languageCounts.getOrDefault(gram, 0) + 1.0) - denominator;
        }
        return sum;
    }

    /** The counts as {@link #read} reads them back; the totals and the vocabulary follow from them. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<Written, Map<String, Integer>> language : counts.entrySet()) {
            out.writeUTF(language.getKey().language().code());
            out.writeBoolean(language.getKey().latinTyped());
            out.writeInt(language.getValue().size());
            for (Map.Entry<String, Integer> gram : language.getValue().entrySet()) {
                out.writeUTF(gram.getKey());
                out.writeInt(gram.getValue());
            }
        }
    }

    static CharNgramLanguageModel read(DataInputStream in) throws IOException {
        CharNgramLanguageModel model = new CharNgramLanguageModel();
        for (int languages = in.readInt(); languages > 0; languages--) {
            Written language = new Written(ModelFiles.readLanguage(in, "n-gram model"), in.readBoolean());
            Map<String, Integer> languageCounts = model.counts.computeIfAbsent(language, l -> new HashMap<>());
            long total = 0;
            for (int grams = in.readInt(); grams > 0; grams--) {
                String gram = in.readUTF();
                int count = in.readInt();
                if (count <= 0) {
                    throw new IOException("corrupt n-gram model: a count of " + count);
                }
                languageCounts.put(gram, count);
                model.vocabulary.add(gram);
                total += count;
            }
            model.totals.put(language, total);
        }
        return model;
    }

    boolean knows(Written language) {
        return totals.getOrDefault(language, 0L) > 0;
    }

    /** The 1–3-grams of each word (letters and apostrophes) padded with a space on either side; no lone spaces. */
    static List<String> grams(String normalized) {
        List<String> grams = new ArrayList<>();
        for (String word : NOT_IN_WORD.split(normalized)) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = " " + word + " ";
            for (int n = 1; n <= MAX_N; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    String gram = padded.substring(i, i + n);
                    if (!gram.equals(" ")) {
                        grams.add(gram);
                    }
                }
            }
        }
        return grams;
    }
}
