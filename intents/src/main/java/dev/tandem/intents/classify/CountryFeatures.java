package dev.tandem.intents.classify;

import dev.tandem.intents.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One feature, {@code geo=abroad}, when a word names a foreign country, region or capital ("do hiszpanii",
 * "в Германию", "до Чехії", "to Norway"). Shoppers asking about shipping abroad each name a different
 * country, and most countries occur once or not at all among the examples, so without this shared feature
 * "ile kosztuje dostawa do hiszpanii" looks like a question about delivery prices. Words are matched by
 * prefix after diacritics folding, so inflected forms match; Poland and Ukraine, the shop's home markets,
 * are not listed. Words that mean "abroad" without naming a place ("overseas", "za granicę", "за кордон",
 * "международная") set the same feature: in cross-validation, generic questions such as "foreign delivery"
 * or "wysyłka międzynarodowa" were the ones taken for delivery prices or times.
 */
final class CountryFeatures implements FeatureExtractor {

    /**
     * Whole words, diacritics folded: too short to match by prefix, or (Polish "granica") a prefix that
     * also begins "godzina graniczna", the cut-off time.
     */
    private static final Set<String> WORDS = Set.of("usa", "uk", "eu", "ue", "сша", "ес", "єс", "granice", "granica",
            "границу", "границеи", "границы");

    /** Word beginnings, diacritics folded; chosen so that no word of another meaning in the examples matches. */
    private static final String[] PREFIXES = Arrays.stream(new String[] {
        // English
        "germany", "german", "france", "french", "spain", "spanish", "italy", "ital", "britain", "british",
        "england", "ireland", "irish", "norway", "switzerland", "swiss", "netherlands", "holland", "dutch",
        "austria", "czech", "slovakia", "hungary", "lithuania", "latvia", "estonia", "sweden", "finland", "denmark",
        "portugal", "belgium", "luxembourg", "greece", "croatia", "romania", "bulgaria", "slovenia", "canada",
        "russia", "belarus", "moldova", "georgia", "turkey", "israel", "australia", "japan", "china", "europe",
        "berlin", "london", "paris", "prague", "vienna",
        // Polish (diacritics folded)
        "niemc", "niemiec", "franc", "hiszpan", "wloch", "brytan", "angli", "irland", "norweg", "szwajcar", "holand",
        "niderland", "austri", "czech", "slowac", "wegr", "litw", "lotw", "eston", "szwec", "finland", "dani",
        "portugal", "belgi", "luksemb", "grecj", "chorwac", "rumun", "bulgar", "slowen", "ameryk", "kanad", "rosj",
        "bialoru", "moldaw", "gruzj", "turcj", "izrael", "australi", "japoni", "chin", "europ", "londyn", "paryz",
        "wiedn",
        // Russian
        "герман", "франц", "испан", "итал", "британ", "англи", "ирланд", "норвег", "швейцар", "голланд", "нидерланд",
        "австри", "чехи", "словак", "венгр", "литв", "латви", "эстон", "швец", "финлянд", "дания", "дании",
        "португал", "бельги", "люксемб", "греци", "хорвати", "румын", "болгар", "словен", "америк", "канад", "росси",
        "беларус", "белорус", "молдов", "молдав", "грузи", "турци", "израил", "австрал", "япони", "кита", "европ",
        "берлин", "лондон", "париж",
        // Ukrainian
        "німеч", "франц", "іспан", "італ", "британ", "англі", "ірланд", "норвег", "швейцар", "голланд", "нідерланд",
        "австрі", "чехі", "словаччин", "угорщ", "литв", "латві", "естон", "швец", "фінлянд", "данія", "данії",
        "португал", "бельгі", "греці", "хорваті", "румун", "болгар", "словен", "америк", "канад", "росі", "білорус",
        "молдов", "грузі", "туреч", "ізраїл", "австралі", "японі", "китай", "європ", "берлін", "лондон", "париж",
        // "abroad" and "international" without a place name
        "abroad", "foreign", "overseas", "internation", "worldwide", "zagranic", "miedzynarod", "заграниц",
        "международн", "зарубеж", "кордон", "закордон", "міжнародн"
    }).map(TextNormalizer::fold).distinct().toArray(String[]::new);

    @Override
    public void extract(Words words, List<String> features) {
        for (int i = 0; i < words.size(); i++) {
            if (isForeignPlace(words.tokens()[i], words.folded()[i])) {
                features.add("geo=abroad");
                return;
            }
        }
    }

    /** @param folded the token {@link TextNormalizer#fold folded} */
    static boolean isForeignPlace(String token, String folded) {
        if (WORDS.contains(token) || WORDS.contains(folded)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (folded.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
