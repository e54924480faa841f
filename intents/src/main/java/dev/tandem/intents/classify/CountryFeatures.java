package dev.tandem.intents.classify;

import java.util.List;

/**
 * One feature, {@code geo=abroad}, when a message names a foreign country, region or city ("do hiszpanii",
 * "в Казахстан", "до Чехії", "to Norway"), or says "abroad" without naming a place ("overseas", "za granicę",
 * "за кордон", "международная"). Shoppers asking about shipping abroad each name a different place, and most
 * places occur once or not at all among the examples, so without this shared feature "ile kosztuje dostawa do
 * hiszpanii" looks like a question about delivery prices. The places are a lexicon in the format of the
 * concepts ({@link ConceptLexicon}, the text file {@code places.txt} beside this class): word beginnings match
 * inflected forms; Poland and Ukraine, the shop's home markets, are not listed.
 */
final class CountryFeatures implements FeatureExtractor {

    private static final ConceptLexicon PLACES = ConceptLexicon.bundled(ConceptLexicon.PLACES);

    @Override
    public void extract(Words words, List<String> features) {
        if (!PLACES.concepts(words.folded(), words.size()).isEmpty()) {
            features.add("geo=abroad");
        }
    }
}
