package dev.tandem.bot.dialogue;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.intents.classify.IntentClassifier;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.entities.EntityType;
import dev.tandem.intents.language.LanguageDetector;
import dev.tandem.kb.FaqEntry;
import dev.tandem.kb.FaqIndex;
import dev.tandem.kb.canned.CannedResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the bot knows about one shop, built from one content directory: the language detector, the
 * intent model, what each intent does, and the FAQ. Immutable, so a content reload can build a new one and
 * swap it in while turns in flight finish on the old one.
 */
public final class ShopKnowledge {

    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private final LanguageDetector languageDetector;
    private final IntentClassifier intentClassifier;
    private final Map<String, IntentDefinition> intents;
    private final FaqIndex faq;
    private final List<CannedResponse> canned;
    private final Set<String> askedWithOrderNumbers;

    /** A shop without canned replies for its agents. */
    public ShopKnowledge(LanguageDetector languageDetector, IntentClassifier intentClassifier,
                         List<IntentDefinition> intents, FaqIndex faq) {
        this(languageDetector, intentClassifier, intents, faq, List.of());
    }

    public ShopKnowledge(LanguageDetector languageDetector, IntentClassifier intentClassifier,
                         List<IntentDefinition> intents, FaqIndex faq, List<CannedResponse> canned) {
        this.canned = List.copyOf(canned);
        this.languageDetector = languageDetector;
        this.intentClassifier = intentClassifier;
        this.intents = intents.stream().collect(Collectors.toUnmodifiableMap(IntentDefinition::name, Function.identity()));
        this.faq = faq;
        this.askedWithOrderNumbers = intents.stream().filter(ShopKnowledge::hasExampleWithOrderNumber)
                .map(IntentDefinition::name).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean hasExampleWithOrderNumber(IntentDefinition intent) {
        return Arrays.stream(Language.values()).flatMap(language -> intent.examples(language).stream())
                .anyMatch(example -> ENTITIES.extract(example).stream()
                        .anyMatch(entity -> entity.type() == EntityType.ORDER_NUMBER));
    }

    public LanguageDetector languageDetector() {
        return languageDetector;
    }

    public IntentClassifier intentClassifier() {
        return intentClassifier;
    }

    public FaqIndex faq() {
        return faq;
    }

    /** The agents' canned replies (content {@code canned/}). */
    public List<CannedResponse> canned() {
        return canned;
    }

    /**
     * Whether the shop's own examples of this intent name an order number: a request shoppers make about one
     * particular order (change it, cancel it), as opposed to a general question (how long delivery takes).
     */
    public boolean askedWithOrderNumbers(String intent) {
        return askedWithOrderNumbers.contains(intent);
    }

    public Optional<IntentAction> actionOf(String intent) {
        return Optional.ofNullable(intents.get(intent)).map(IntentDefinition::action);
    }

    /**
     * Whether a message recognised as this intent says what the shopper needs: small talk, "a person, please"
     * and questions outside the shop do not.
     */
    public boolean namesATopic(String intent) {
        return !DialoguePolicy.HUMAN_AGENT_INTENT.equals(intent) && actionOf(intent)
                .filter(action -> action != IntentAction.SMALLTALK && action != IntentAction.OUT_OF_SCOPE).isPresent();
    }

    /**
     * How the shop names an intent's topic in a language: the title of the FAQ entry that answers it, or the
     * bot's own words for an action ("Where is my order?"). Empty where the content has no such translation.
     */
    public Optional<String> topicTitle(String intent, Language language) {
        Optional<IntentAction> action = actionOf(intent);
        if (action.isEmpty()) {
            return Optional.empty();
        }
        if (action.get() == IntentAction.FAQ) {
            return faq.answerFor(language.code(), intent).map(FaqEntry::title);
        }
        String key = "intent." + intent;
        return BotTexts.has(language, key) ? Optional.of(BotTexts.text(language, key)) : Optional.empty();
    }
}
