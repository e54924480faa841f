package dev.tandem.bot.dialogue;

import dev.tandem.intents.Language;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a request names what it is about: "could someone call me | about my refund", "пусть менеджер свяжется со
 * мной | по поводу возврата", "niech konsultant napisze | w sprawie zwrotu". The topic's words pull the whole message
 * towards the FAQ entry on that topic, so the request before them is worth reading on its own. The words listed
 * begin a topic and little else, spelled with and without diacritics. Polish "o" is not among them: it also
 * introduces what is asked for ("proszę o zwrot"), and a lone "proszę" reads as a request for a person.
 */
final class RequestTopic {

    private static final Map<Language, Pattern> TOPIC_START = Map.of(
            Language.EN, startingWith("about", "regarding", "concerning", "re:", "in regard to", "in regards to",
                    "with regard to", "with regards to"),
            Language.RU, startingWith("по поводу", "насчёт", "насчет", "касательно", "относительно", "по вопросу",
                    "о", "об", "про"),
            Language.UK, startingWith("щодо", "з приводу", "стосовно", "відносно", "з питання", "про"),
            Language.PL, startingWith("w sprawie", "odnośnie", "odnosnie", "co do", "w kwestii", "na temat"));

    private RequestTopic() {
    }

    /** The words before the clause's topic, if the clause names one and asks something before it. */
    static Optional<String> requestBefore(String clause, Language language) {
        return TOPIC_START.get(language).matcher(clause).results().findFirst()
                .map(topic -> clause.substring(0, topic.start()).strip())
                .filter(request -> Reading.wordCount(request) > 0);
    }

    /**
     * Any of the phrases as whole words, in any case, with any spaces between their words; a phrase that ends in a
     * colon ("re:") may run straight into the topic.
     */
    private static Pattern startingWith(String... phrases) {
        String alternatives = Arrays.stream(phrases)
                .map(phrase -> Arrays.stream(phrase.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
