package dev.tandem.bot.dialogue;

import dev.tandem.bot.conversation.BotMemory;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.HandoffReason;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.conversation.OrderMemory;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.classify.IntentPrediction;
import dev.tandem.intents.classify.ScoredIntent;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.language.LanguageGuess;
import dev.tandem.kb.FaqEntry;
import dev.tandem.kb.FaqHit;
import dev.tandem.kb.HandoffMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the bot's answer to one shopper message while the bot owns the conversation: answer when sure,
 * ask once when unsure, hand off when still unsure, when a person is asked for or required, when an answer
 * did not help, and when the shopper is losing patience.
 */
public final class DialoguePolicy {

    /** The contract intent for "I want a person" (DESIGN.md). */
    public static final String HUMAN_AGENT_INTENT = "human_agent";
    static final String COMPLAINT_INTENT = "complaint";
    static final String THANKS_INTENT = "thanks";
    /** The contract intent for "where is my order" (DESIGN.md): an order lookup, never a plain FAQ answer. */
    public static final String ORDER_INTENT = "order_status";
    /** How many of the classifier's best guesses an FAQ search hit must be among to be answered when unsure. */
    private static final int SEARCH_AGREEMENT_GUESSES = 3;

    private final DialogueSettings settings;

    public DialoguePolicy(DialogueSettings settings) {
        this.settings = settings;
    }

    public BotDecision decide(Conversation conversation, String text, ShopKnowledge knowledge) {
        // An address's own words ("someone@…") are not what the shopper asks; a bare address keeps the language.
        String words = EntityExtractor.withoutEmailAddresses(text);
        Language language = languageOf(words, conversation.language(), knowledge);
        DialogueSettings.Thresholds limits = settings.in(language);
        IntentPrediction prediction = knowledge.intentClassifier().classify(words, language);
        ScoredIntent best = new Reading(knowledge, language, limits).meant(prediction, words);
        Message.Understanding understood = new Message.Understanding(language.code(),
                best.intent().isEmpty() ? Optional.empty() : Optional.of(best.intent()),
                best.intent().isEmpty() ? Optional.empty() : Optional.of(best.confidence()));
        Turn turn = new Turn(language, understood, knowledge, conversation.memory());

        if (isHumanRequest(text, best, limits)) {
            return turn.handOff(turn.memory.answerUnhelpful() ? HandoffReason.UNHELPFUL_ANSWER : HandoffReason.SHOPPER_REQUEST);
        }
        if (Frustration.shows(text)) {
            return turn.handOff(HandoffReason.FRUSTRATION);
        }
        if (continuesOrderConversation(turn.memory.order(), text, best, limits)) {
            return turn.aboutOrder();
        }
        if (turn.memory.awaitsVote()) {
            Optional<BotDecision> voted = vote(turn, text, best, limits);
            if (voted.isPresent()) {
                return voted.get();
            }
        }
        if (isSure(prediction, best, limits)) {
            List<String> requests = new Reading(knowledge, language, limits).separateRequests(words, best).stream()
                    .flatMap(intent -> labelOf(turn, intent).stream()).distinct().toList();
            if (requests.size() > 1) {
                return turn.askWhichFirst(requests);
            }
            Optional<BotDecision> acted = act(turn, best.intent());
            if (acted.isPresent()) {
                return acted.get();
            }
        }
        return whenUnsure(turn, words, prediction, best, limits);
    }

    private Language languageOf(String text, Language current, ShopKnowledge knowledge) {
        LanguageGuess guess = knowledge.languageDetector().detect(text, current);
        return guess.language()
                .filter(detected -> guess.confidence() >= settings.languageSwitchConfidence())
                .orElse(current);
    }

    /**
     * Sure enough of the intent to act on it: confident, and clearly ahead of the next guess (guesses ranked above
     * it were set aside by reading the message in context, see {@link Reading}).
     */
    private static boolean isSure(IntentPrediction prediction, ScoredIntent best, DialogueSettings.Thresholds limits) {
        double next = prediction.ranked().stream()
                .filter(guess -> !guess.intent().equals(best.intent()) && guess.confidence() <= best.confidence())
                .mapToDouble(ScoredIntent::confidence).findFirst().orElse(0.0);
        return best.confidence() >= limits.intentConfidence() && best.confidence() - next >= limits.intentMargin();
    }

    /** A quick reply "talk to a person" in any language, or the classifier hearing the request. */
    private static boolean isHumanRequest(String text, ScoredIntent best, DialogueSettings.Thresholds limits) {
        if (QuickReplies.HUMAN.matches(text)) {
            return true;
        }
        return HUMAN_AGENT_INTENT.equals(best.intent()) && best.confidence() >= limits.humanRequestConfidence();
    }

    /**
     * The bot asked for an order number, a contact to verify it, or a confirmation, and this message gives it:
     * the order dialogue continues. A message that is clearly about something else sets the order aside.
     */
    private static boolean continuesOrderConversation(OrderMemory order, String text, ScoredIntent best,
                                                      DialogueSettings.Thresholds limits) {
        boolean elsewhere = best.confidence() >= limits.intentConfidence() && !ORDER_INTENT.equals(best.intent());
        return switch (order.step()) {
            case NONE -> order.verifiedOrder().isPresent()
                    && (QuickReplies.CANCEL_ORDER.matches(text) || QuickReplies.START_RETURN.matches(text));
            case ASK_NUMBER, ASK_CONTACT -> OrderAnswers.hasOrderDetails(text) || !elsewhere;
            case CONFIRM_CANCEL, CONFIRM_RETURN -> QuickReplies.CONFIRM.matches(text) || QuickReplies.DECLINE.matches(text);
        };
    }

    /** "Was this helpful?" answered with its buttons, or with a plain thank-you. */
    private static Optional<BotDecision> vote(Turn turn, String text, ScoredIntent best, DialogueSettings.Thresholds limits) {
        boolean thanked = THANKS_INTENT.equals(best.intent()) && best.confidence() >= limits.intentConfidence();
        if (QuickReplies.HELPFUL.matches(text) || thanked) {
            return Optional.of(turn.voted(true, BotTexts.text(turn.language, "helpful.thanks"), List.of()));
        }
        if (QuickReplies.UNHELPFUL.matches(text)) {
            return Optional.of(turn.voted(false, BotTexts.text(turn.language, "helpful.sorry"),
                    List.of(BotTexts.text(turn.language, "quick-reply.human"))));
        }
        return Optional.empty();
    }

    private Optional<BotDecision> act(Turn turn, String intent) {
        Optional<IntentAction> action = turn.knowledge.actionOf(intent);
        if (action.isEmpty()) {
            return Optional.empty();
        }
        return switch (action.get()) {
            case FAQ -> turn.knowledge.faq().answerFor(turn.language.code(), intent).map(turn::answer);
            case ORDER_LOOKUP -> Optional.of(turn.aboutOrder());
            case HANDOFF -> Optional.of(turn.handOff(COMPLAINT_INTENT.equals(intent)
                    ? HandoffReason.COMPLAINT : HandoffReason.SHOPPER_REQUEST));
            case SMALLTALK -> Optional.of(turn.say(BotTexts.has(turn.language, "smalltalk." + intent)
                    ? BotTexts.text(turn.language, "smalltalk." + intent)
                    : BotTexts.text(turn.language, "smalltalk.greeting")));
            case OUT_OF_SCOPE -> Optional.of(turn.outOfScope());
        };
    }

    /**
     * The classifier is unsure: the FAQ search may still know the answer, but only on strong evidence (a high
     * score for an entry the classifier also counts among its best guesses, and never when its best guess is
     * "not the shop's business"); otherwise ask once with the two best guesses, and hand off if the shopper is
     * still not understood (at once if an answer just failed them).
     */
    private static BotDecision whenUnsure(Turn turn, String words, IntentPrediction prediction, ScoredIntent best,
                                          DialogueSettings.Thresholds limits) {
        boolean outOfScope = turn.knowledge.actionOf(best.intent()).filter(IntentAction.OUT_OF_SCOPE::equals).isPresent();
        List<FaqHit> hits = outOfScope ? List.of() : turn.knowledge.faq().search(turn.language.code(), words, 1);
        if (!hits.isEmpty() && hits.get(0).score() >= limits.faqSearchScore()
                && amongBestGuesses(prediction, hits.get(0).entry())) {
            return turn.answer(hits.get(0).entry());
        }
        if (turn.memory.answerUnhelpful()) {
            return turn.handOff(HandoffReason.UNHELPFUL_ANSWER).markedUnanswered();
        }
        if (turn.memory.lowConfidenceStreak() >= 1) {
            return turn.handOff(HandoffReason.LOW_CONFIDENCE).markedUnanswered();
        }
        return turn.clarify(guessLabels(turn, prediction), turn.memory.lowConfidenceStreak() + 1).markedUnanswered();
    }

    private static boolean amongBestGuesses(IntentPrediction prediction, FaqEntry entry) {
        return entry.intent().filter(intent -> prediction.ranked().stream()
                .limit(SEARCH_AGREEMENT_GUESSES).anyMatch(guess -> guess.intent().equals(intent))).isPresent();
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
        if (action.isEmpty() || action.get() == IntentAction.SMALLTALK || action.get() == IntentAction.HANDOFF
                || action.get() == IntentAction.OUT_OF_SCOPE) {
            return Optional.empty();
        }
        return turn.knowledge.topicTitle(intent, turn.language);
    }

    /** The parts of a decision every outcome shares. */
    private record Turn(Language language, Message.Understanding understood, ShopKnowledge knowledge, BotMemory memory) {

        /**
         * An FAQ answer followed by "Was this helpful?". The same answer twice in a row helps nobody: the
         * shopper asking again is frustrated (or, after saying it did not help, still unhelped), so a person
         * takes over instead.
         */
        BotDecision answer(FaqEntry entry) {
            if (memory.lastFaqId().filter(entry.id()::equals).isPresent()) {
                return handOff(memory.answerUnhelpful() ? HandoffReason.UNHELPFUL_ANSWER : HandoffReason.FRUSTRATION);
            }
            BotReply reply = new BotReply(entry.answerMarkdown(), Optional.of(entry.id()), List.of());
            if (entry.handoff() == HandoffMode.ALWAYS) {
                return decision(List.of(reply), Optional.of(HandoffReason.POLICY), 0, Optional.empty(), false);
            }
            BotReply question = new BotReply(BotTexts.text(language, "helpful.question"), Optional.empty(),
                    List.of(BotTexts.text(language, "quick-reply.helpful"), BotTexts.text(language, "quick-reply.unhelpful")));
            return decision(List.of(reply, question), Optional.empty(), 0, Optional.empty(), false);
        }

        /** The order dialogue answers; it needs the order system, so the caller runs it. */
        BotDecision aboutOrder() {
            return new BotDecision(language, understood, List.of(), Optional.empty(), 0, Optional.empty(), false, false,
                    true, Optional.empty());
        }

        BotDecision say(String text) {
            return decision(List.of(BotReply.say(text)), Optional.empty(), 0, Optional.empty(), memory.answerUnhelpful());
        }

        BotDecision voted(boolean helpful, String text, List<String> quickReplies) {
            return decision(List.of(new BotReply(text, Optional.empty(), quickReplies)), Optional.empty(), 0,
                    Optional.of(helpful), !helpful);
        }

        BotDecision clarify(List<String> options, int streak) {
            BotReply question = new BotReply(BotTexts.text(language, "clarify"), Optional.empty(), options);
            return decision(List.of(question), Optional.empty(), streak, Optional.empty(), memory.answerUnhelpful());
        }

        /** Not the shop's business: said plainly, with the way to a person in case the bot misread it. */
        BotDecision outOfScope() {
            BotReply reply = new BotReply(BotTexts.text(language, "out-of-scope"), Optional.empty(),
                    List.of(BotTexts.text(language, "quick-reply.human")));
            return decision(List.of(reply), Optional.empty(), 0, Optional.empty(), memory.answerUnhelpful());
        }

        /** Two requests in one message: the shopper picks which to answer first. */
        BotDecision askWhichFirst(List<String> requests) {
            BotReply question = new BotReply(BotTexts.text(language, "which-first"), Optional.empty(), requests);
            return decision(List.of(question), Optional.empty(), 0, Optional.empty(), memory.answerUnhelpful());
        }

        BotDecision handOff(HandoffReason reason) {
            return decision(List.of(), Optional.of(reason), 0, Optional.empty(), false);
        }

        private BotDecision decision(List<BotReply> replies, Optional<HandoffReason> handoff, int streak,
                                     Optional<Boolean> vote, boolean unhelpful) {
            return new BotDecision(language, understood, replies, handoff, streak, vote, unhelpful, false, false,
                    Optional.empty());
        }
    }
}
