package dev.tandem.bot.dialogue;

import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.classify.IntentPrediction;
import dev.tandem.intents.classify.ScoredIntent;
import dev.tandem.intents.language.LanguageGuess;
import dev.tandem.kb.FaqEntry;
import dev.tandem.kb.FaqHit;
import dev.tandem.kb.HandoffMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides the bot's answer to one shopper message while the bot owns the conversation: answer when sure,
 * ask once when unsure, hand off when still unsure or when a person is asked for or required.
 */
public final class DialoguePolicy {

    /** The contract intent for "I want a person" (DESIGN.md). */
    public static final String HUMAN_AGENT_INTENT = "human_agent";
    /** The "talk to a person" quick reply in every language, lower-cased: fixed texts, computed once. */
    private static final Set<String> HUMAN_QUICK_REPLIES = Arrays.stream(Language.values())
            .map(language -> BotTexts.text(language, "quick-reply.human").toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    static final String COMPLAINT_INTENT = "complaint";

    private final DialogueSettings settings;

    public DialoguePolicy(DialogueSettings settings) {
        this.settings = settings;
    }

    public BotDecision decide(Conversation conversation, String text, ShopKnowledge knowledge) {
        Language language = languageOf(text, conversation.language(), knowledge);
        IntentPrediction prediction = knowledge.intentClassifier().classify(text, language);
        ScoredIntent best = prediction.best();
        Message.Understanding understood = new Message.Understanding(language.code(),
                best.intent().isEmpty() ? Optional.empty() : Optional.of(best.intent()),
                best.intent().isEmpty() ? Optional.empty() : Optional.of(best.confidence()));
        Turn turn = new Turn(language, understood, knowledge);

        if (isHumanRequest(text, best)) {
            return turn.handOff(HandoffReason.SHOPPER_REQUEST);
        }
        if (best.confidence() >= settings.intentConfidence()) {
            Optional<BotDecision> acted = act(turn, best.intent(), text);
            if (acted.isPresent()) {
                return acted.get();
            }
        }
        return whenUnsure(turn, conversation, text, prediction);
    }

    private Language languageOf(String text, Language current, ShopKnowledge knowledge) {
        LanguageGuess guess = knowledge.languageDetector().detect(text);
        return guess.language()
                .filter(detected -> guess.confidence() >= settings.languageSwitchConfidence())
                .orElse(current);
    }

    /** A quick reply "talk to a person" in any language, or the classifier hearing the request. */
    private boolean isHumanRequest(String text, ScoredIntent best) {
        if (HUMAN_QUICK_REPLIES.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return HUMAN_AGENT_INTENT.equals(best.intent()) && best.confidence() >= settings.humanRequestConfidence();
    }

    private Optional<BotDecision> act(Turn turn, String intent, String text) {
        Optional<IntentAction> action = turn.knowledge.actionOf(intent);
        if (action.isEmpty()) {
            return Optional.empty();
        }
        return switch (action.get()) {
            case FAQ -> turn.knowledge.faq().answerFor(turn.language.code(), intent).map(turn::answer);
            case ORDER_LOOKUP -> Optional.of(turn.handOff(HandoffReason.ORDER_LOOKUP_UNAVAILABLE));
            case HANDOFF -> Optional.of(turn.handOff(COMPLAINT_INTENT.equals(intent)
                    ? HandoffReason.COMPLAINT : HandoffReason.SHOPPER_REQUEST));
            case SMALLTALK -> Optional.of(turn.say(BotTexts.has(turn.language, "smalltalk." + intent)
                    ? BotTexts.text(turn.language, "smalltalk." + intent)
                    : BotTexts.text(turn.language, "smalltalk.greeting")));
        };
    }

    /**
     * The classifier is unsure: the FAQ search may still know the answer; otherwise ask once with the two
     * best guesses, and hand off if the shopper is still not understood.
     */
    private BotDecision whenUnsure(Turn turn, Conversation conversation, String text, IntentPrediction prediction) {
        List<FaqHit> hits = turn.knowledge.faq().search(turn.language.code(), text, 1);
        if (!hits.isEmpty() && hits.get(0).score() >= settings.faqSearchScore()) {
            return turn.answer(hits.get(0).entry());
        }
        if (conversation.lowConfidenceStreak() >= 1) {
            return turn.handOff(HandoffReason.LOW_CONFIDENCE);
        }
        return turn.clarify(guessLabels(turn, prediction), conversation.lowConfidenceStreak() + 1);
    }

    private static List<String> guessLabels(Turn turn, IntentPrediction prediction) {
        List<String> labels = new ArrayList<>();
        for (ScoredIntent guess : prediction.ranked()) {
            if (labels.size() == 2) {
                break;
            }
            labelOf(turn, guess.intent()).filter(label -> !labels.contains(label)).ifPresent(labels::add);
        }
        labels.add(BotTexts.text(turn.language, "quick-reply.human"));
        return labels;
    }

    /** A guess is offered as the FAQ title it leads to, or a bot text for actions; small talk is never offered. */
    private static Optional<String> labelOf(Turn turn, String intent) {
        Optional<IntentAction> action = turn.knowledge.actionOf(intent);
        if (action.isEmpty() || action.get() == IntentAction.SMALLTALK || action.get() == IntentAction.HANDOFF) {
            return Optional.empty();
        }
        if (action.get() == IntentAction.FAQ) {
            return turn.knowledge.faq().answerFor(turn.language.code(), intent).map(FaqEntry::title);
        }
        String key = "intent." + intent;
        return BotTexts.has(turn.language, key) ? Optional.of(BotTexts.text(turn.language, key)) : Optional.empty();
    }

    /** The parts of a decision every outcome shares. */
    private record Turn(Language language, Message.Understanding understood, ShopKnowledge knowledge) {

        BotDecision answer(FaqEntry entry) {
            BotReply reply = new BotReply(entry.answerMarkdown(), Optional.of(entry.id()), List.of());
            Optional<HandoffReason> handoff = entry.handoff() == HandoffMode.ALWAYS
                    ? Optional.of(HandoffReason.POLICY) : Optional.empty();
            return new BotDecision(language, understood, List.of(reply), handoff, 0);
        }

        BotDecision say(String text) {
            return new BotDecision(language, understood, List.of(BotReply.say(text)), Optional.empty(), 0);
        }

        BotDecision clarify(List<String> options, int streak) {
            BotReply question = new BotReply(BotTexts.text(language, "clarify"), Optional.empty(), options);
            return new BotDecision(language, understood, List.of(question), Optional.empty(), streak);
        }

        BotDecision handOff(HandoffReason reason) {
            return new BotDecision(language, understood, List.of(), Optional.of(reason), 0);
        }
    }
}
