package dev.tandem.bot.dialogue;

import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.classify.IntentPrediction;
import dev.tandem.intents.classify.ScoredIntent;
import dev.tandem.intents.entities.Entity;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.entities.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a message asks for, read from the classifier's guesses in the context of the whole message: small talk
 * never wins over a request in the same message, an order number does not make a change or a return an order
 * lookup, a long story is read by the question it ends with, and a message may carry two separate requests.
 */
final class Reading {

    /**
     * Small talk is short: every greeting, thanks and goodbye the demo shop was taught has at most six words, so
     * a longer message that looks like one carries a request ("need help speaking with somebody, please").
     */
    static final int SMALL_TALK_MAX_WORDS = 6;
    /** A part of a message shorter than this is an aside ("Hi.", "Thanks!"), not a request of its own. */
    private static final int REQUEST_MIN_WORDS = 3;
    /**
     * A message this long is a story rather than a question: its many words the shop's examples never use (who
     * the present was for, what it looked like) make the whole read as chat outside the shop, or leave it unsure.
     */
    private static final int STORY_MIN_WORDS = 12;
    /**
     * A part read alone has lost the rest of the message, so a request for a person there counts only this sure:
     * clear requests ("give me a person", "i'd rather talk to someone") score well above it, while parts that only
     * name another person ("if I bought it for someone else") come near the operating point.
     */
    private static final double PERSON_IN_A_PART_CONFIDENCE = 0.65;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]+");
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?;,\\n]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private final ShopKnowledge knowledge;
    private final Language language;
    private final DialogueSettings.Thresholds limits;

    Reading(ShopKnowledge knowledge, Language language, DialogueSettings.Thresholds limits) {
        this.knowledge = knowledge;
        this.language = language;
        this.limits = limits;
    }

    /** The intent the bot acts on: the classifier's best guess, unless the message's context says otherwise. */
    ScoredIntent meant(IntentPrediction prediction, String words) {
        ScoredIntent best = prediction.best();
        if (is(best, IntentAction.SMALLTALK)) {
            return requestBeyondSmallTalk(prediction, words).orElse(best);
        }
        if (is(best, IntentAction.OUT_OF_SCOPE) || best.confidence() < sureFrom(best)) {
            Optional<ScoredIntent> question = questionEndingAStory(words);
            if (question.isPresent()) {
                return question.get();
            }
        }
        if (DialoguePolicy.ORDER_INTENT.equals(best.intent())) {
            // Without the number the message may ask for something else about that order (a change, a
            // cancellation): that request stands, sure or not; only the lookup was the number's doing. A general
            // question ("when do you deliver order 100845") stays a lookup: the shop's examples never ask it
            // with a number.
            return withoutOrderNumbers(words).map(this::classify).map(IntentPrediction::best)
                    .filter(instead -> is(instead, IntentAction.FAQ) && knowledge.askedWithOrderNumbers(instead.intent()))
                    .orElse(best);
        }
        return best;
    }

    /**
     * The distinct requests of a message told in separate sentences, in their order, when there are two or more
     * the bot is sure of and the whole message's best guess is one of them; otherwise none.
     */
    List<String> separateRequests(String words, ScoredIntent best) {
        String[] parts = SENTENCE_END.split(words);
        if (parts.length < 2) {
            return List.of();
        }
        List<String> requests = new ArrayList<>();
        for (String part : parts) {
            if (wordCount(part) < REQUEST_MIN_WORDS) {
                continue;
            }
            ScoredIntent guess = classify(part).best();
            if (is(guess, IntentAction.FAQ) && guess.confidence() >= limits.intentConfidence()
                    && !requests.contains(guess.intent())) {
                requests.add(guess.intent());
            }
        }
        return requests.size() > 1 && requests.contains(best.intent()) ? List.copyOf(requests) : List.of();
    }

    /**
     * A request for a person made in one part of a message that asks something else too ("order 100234 never came,
     * give me a person", "are you a bot? i'd rather talk to someone") or that names what it is about ("could someone
     * call me about my refund"): the person reads the rest, so the request wins. Each clause is read alone, and so
     * is the request before its topic ({@link RequestTopic}), both without their order numbers (a number says which
     * order, not who should look at it); a single clause that carries none was read as the whole message.
     */
    boolean asksForPersonInAPart(String words) {
        String[] clauses = CLAUSE_END.split(words);
        for (String clause : clauses) {
            if (wordCount(clause) == 0) {
                continue;
            }
            Optional<String> request = RequestTopic.requestBefore(clause, language);
            if (request.isPresent() && asksForPerson(request.get())) {
                return true;
            }
            if ((clauses.length > 1 || withoutOrderNumbers(clause).isPresent()) && asksForPerson(clause)) {
                return true;
            }
        }
        return false;
    }

    /** A part read alone asks for a person, surely enough for a part that has lost the rest of the message. */
    private boolean asksForPerson(String part) {
        ScoredIntent guess = classify(withoutOrderNumbers(part).orElse(part)).best();
        return DialoguePolicy.HUMAN_AGENT_INTENT.equals(guess.intent())
                && guess.confidence() >= Math.max(PERSON_IN_A_PART_CONFIDENCE, limits.intentConfidence());
    }

    /**
     * A message longer than small talk goes by its best request (or by what else the classifier makes of it);
     * a short one does when the classifier is sure of a request too ("hi, where is my parcel"), and a request for
     * a person is heard from the lower handoff threshold, as everywhere ("hello? are any people here").
     */
    private Optional<ScoredIntent> requestBeyondSmallTalk(IntentPrediction prediction, String words) {
        boolean longerThanSmallTalk = wordCount(words) > SMALL_TALK_MAX_WORDS;
        return prediction.ranked().stream()
                .filter(guess -> !is(guess, IntentAction.SMALLTALK))
                .filter(guess -> longerThanSmallTalk
                        || !is(guess, IntentAction.OUT_OF_SCOPE) && guess.confidence() >= sureFrom(guess))
                .findFirst();
    }

    /**
     * A long message taken for chat outside the shop, or one the bot is unsure of, may be a story that ends with
     * the shop's question ("my sister gave me a blender but we already have one, it's still sealed. can i send it
     * back"): its last clause that is neither an aside nor small talk is read alone, and the message goes by the
     * request the bot is sure of there. A story whose last clause is itself outside the shop, or unsure, is left as
     * the whole message reads.
     */
    private Optional<ScoredIntent> questionEndingAStory(String words) {
        if (wordCount(words) < STORY_MIN_WORDS) {
            return Optional.empty();
        }
        String[] clauses = CLAUSE_END.split(words);
        for (int i = clauses.length - 1; i > 0; i--) {
            if (wordCount(clauses[i]) < REQUEST_MIN_WORDS) {
                continue;
            }
            ScoredIntent guess = classify(clauses[i]).best();
            if (is(guess, IntentAction.SMALLTALK)) {
                continue;
            }
            return Optional.of(guess).filter(request -> !is(request, IntentAction.OUT_OF_SCOPE)
                    && request.confidence() >= sureFrom(request));
        }
        return Optional.empty();
    }

    private double sureFrom(ScoredIntent guess) {
        return DialoguePolicy.HUMAN_AGENT_INTENT.equals(guess.intent())
                ? limits.humanRequestConfidence() : limits.intentConfidence();
    }

    /** The message with its order numbers taken out, if it has any: a number says which order, not what is wanted. */
    private static Optional<String> withoutOrderNumbers(String words) {
        List<Entity> numbers = ENTITIES.extract(words).stream()
                .filter(entity -> entity.type() == EntityType.ORDER_NUMBER).toList();
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(words);
        for (int i = numbers.size() - 1; i >= 0; i--) {
            rest.replace(numbers.get(i).start(), numbers.get(i).end(), " ");
        }
        String text = rest.toString().strip();
        return wordCount(text) == 0 ? Optional.empty() : Optional.of(text);
    }

    private IntentPrediction classify(String text) {
        return knowledge.intentClassifier().classify(text, language);
    }

    private boolean is(ScoredIntent guess, IntentAction action) {
        return knowledge.actionOf(guess.intent()).filter(action::equals).isPresent();
    }

    static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
