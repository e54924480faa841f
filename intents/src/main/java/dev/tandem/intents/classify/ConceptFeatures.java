package dev.tandem.intents.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Language-independent concepts for the words that tell neighbouring shop intents apart: "return",
 * "zwrot", "возврат" and "повернення" all give {@code k=return}; "how long", "ile trwa", "сколько идёт"
 * give {@code k=duration}. The demo shop's examples are written in four languages, and without this every
 * language learns the words of "return policy" versus "return how-to" from its own quarter of the examples;
 * with it, evidence for the concept pools across the languages. Each concept pair that occurs in a message
 * is a feature as well ({@code kk=duration+deliver}), unordered because word order differs between the
 * languages. The lexicon ({@link ConceptLexicon}, the text file {@code concepts.txt} beside this class) holds
 * the words of the intent pairs cross-validation confuses (return policy / how-to, shipping time / options /
 * abroad, complaint / contact hours, …) and a few phrases ("next day", "nie doszła", "my order") whose words
 * alone mean something else. Question words ("how", "when", "how much", "can", "my") were tried as concepts
 * too: on the demo shop they added 0.002 macro-F1, but on CLINC150 they made out-of-scope questions look like
 * known ones (out-of-scope recall 0.496 → 0.435, below the 0.45 target), so they are not in the lexicon.
 *
 * <p>Fixed settings, public and top level for the same reason as {@link WordNgramFeatures}.
 */
public final class ConceptFeatures implements FeatureGenerator {

    private static final ConceptLexicon LEXICON = ConceptLexicon.bundled();

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> found = new ArrayList<>(LEXICON.concepts(tokens));
        List<String> features = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            features.add("k=" + found.get(i));
            for (int j = i + 1; j < found.size(); j++) {
                features.add("kk=" + found.get(i) + "+" + found.get(j));
            }
        }
        return features;
    }

    /** The concepts of the first {@code count} folded tokens, in alphabetical order. */
    static Set<String> concepts(String[] folded, int count) {
        return LEXICON.concepts(folded, count);
    }

    static String concept(String folded) {
        return LEXICON.concept(folded);
    }
}
