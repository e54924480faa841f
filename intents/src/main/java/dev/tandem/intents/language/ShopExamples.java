package dev.tandem.intents.language;

import dev.tandem.intents.Language;
import dev.tandem.intents.ModelFiles;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.language.CharNgramLanguageModel.Written;
import dev.tandem.intents.text.TextNormalizer;
import dev.tandem.intents.vocabulary.Transliteration;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the language detector learns from the shop's intent examples: character n-grams per way of writing (Russian
 * and Ukrainian also transliterated to Latin letters) and the words each language uses. Written and read whole, so
 * a start with unchanged content does not count them again.
 */
final class ShopExamples {

    private static final String FORMAT = "tandem-languages-1";
    private static final String MODEL = "language detector";

    private final CharNgramLanguageModel ngrams;
    private final Map<Language, Set<String>> words;

    private ShopExamples(CharNgramLanguageModel ngrams, Map<Language, Set<String>> words) {
        this.ngrams = ngrams;
        this.words = words;
    }

    static ShopExamples of(IntentCatalog catalog) {
        ShopExamples learnt = new ShopExamples(new CharNgramLanguageModel(), new EnumMap<>(Language.class));
        for (IntentDefinition intent : catalog.intents()) {
            for (Language language : Language.values()) {
                for (String example : intent.examples(language)) {
                    learnt.learn(language, example);
                }
            }
        }
        return learnt;
    }

    private void learn(Language language, String example) {
        String normalized = TextNormalizer.normalize(example);
        ngrams.add(new Written(language, false), normalized);
        words.computeIfAbsent(language, l -> new HashSet<>()).addAll(List.of(TextNormalizer.tokens(example)));
        if (language == Language.RU || language == Language.UK) {
            ngrams.add(new Written(language, true), Transliteration.toLatin(normalized, language));
            ngrams.add(new Written(language, true), Transliteration.toLatinLoosely(normalized, language));
        }
    }

    CharNgramLanguageModel ngrams() {
        return ngrams;
    }

    /** The words of the shop's examples in this language. */
    Set<String> words(Language language) {
        return words.getOrDefault(language, Set.of());
    }

    void write(DataOutputStream data) throws IOException {
        data.writeUTF(FORMAT);
        ngrams.write(data);
        ModelFiles.writeStrings(data, words);
    }

    /** Reads what {@link #write} wrote; fails with an {@link IOException} on anything else. */
    static ShopExamples read(DataInputStream data) throws IOException {
        String format = data.readUTF();
        if (!FORMAT.equals(format)) {
            throw new IOException("not a " + MODEL + " of format " + FORMAT + ": " + format);
        }
        CharNgramLanguageModel ngrams = CharNgramLanguageModel.read(data);
        Map<Language, Set<String>> words = new EnumMap<>(Language.class);
        ModelFiles.readStrings(data, MODEL).forEach((language, list) -> words.put(language, new HashSet<>(list)));
        return new ShopExamples(ngrams, words);
    }
}
