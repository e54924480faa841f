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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Decides the bot's answer to one shopper message while the bot owns the conversation, as a pipeline of steps in
 * order, the first that decides wins: a person asked for, the shopper losing patience, the order conversation going
 * on, a vote on the last answer, a request the bot is sure of (an FAQ answer, an order question, small talk, …), and
 * what to do when unsure (the FAQ search on strong evidence, one clarifying question, then a person).
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
    private final OrderConversation orders;
    private final List<Step> steps = List.of(
            this::personAsked, this::losingPatience, this::orderConversationGoesOn, this::voteOnLastAnswer,
            this::sureOfRequest, this::unsure);

    /** One step of the pipeline: its decision, or empty when the message is not its to answer. */
    @FunctionalInterface
    private interface Step {
        Mono<BotDecision> decide(Turn turn);
    }

    /** @param orders answers order questions, with the order system */
    public DialoguePolicy(DialogueSettings settings, OrderConversation orders) {
        this.settings = settings;
        this.orders = orders;
    }

    public Mono<BotDecision> decide(Conversation conversation, String text, ShopKnowledge knowledge) {
        Turn turn = read(conversation, text, knowledge);
        return Flux.fromIterable(steps).concatMap(step -> step.decide(turn)).next();
    }

    /** What the bot understands in a message, without answering it (for the queue's summary of a request). */
    public Message.Understanding understand(Conversation conversation, String text, ShopKnowledge knowledge) {
        return read(conversation, text, knowledge).understood;
    }

    private Turn read(Conversation conversation, String text, ShopKnowledge knowledge) {
        // An address's own words ("someone@…") are not what the shopper asks; a bare address keeps the language.
        String words = EntityExtractor.withoutEmailAddresses(text);
        Language language = languageOf(words, conversation.language(), knowledge);
        DialogueSettings.Thresholds limits = settings.in(language);
        IntentPrediction prediction = knowledge.intentClassifier().classify(words, language);
        Reading reading = new Reading(knowledge, language, limits);
        ScoredIntent best = reading.meant(prediction, words);
        Message.Understanding understood = new Message.Understanding(language.code(),
                best.intent().isEmpty() ? Optional.empty() : Optional.of(best.intent()),
                best.intent().isEmpty() ? Optional.empty() : Optional.of(best.confidence()));
        return new Turn(conversation.id(), text, words, language, limits, prediction, best, understood, knowledge,
                reading, conversation.memory());
    }

    /**
     * A quick reply "talk to a person" in any language, or the classifier hearing the request in the whole message
     * or in a part of it: a request for a person wins over anything else the message asks.
     */
    private Mono<BotDecision> personAsked(Turn turn) {
        boolean asked = QuickReplies.HUMAN.matches(turn.text) || HUMAN_AGENT_INTENT.equals(turn.best.intent())
                && turn.best.confidence() >= turn.limits.humanRequestConfidence()
                || turn.reading.asksForPersonInAPart(turn.words);
        return asked ? decided(turn.handOff(turn.memory.answerUnhelpful() ? HandoffReason.UNHELPFUL_ANSWER
                : HandoffReason.SHOPPER_REQUEST)) : Mono.empty();
    }

    /** Abuse or shouting: a person, before the bot tries again. */
    private Mono<BotDecision> losingPatience(Turn turn) {
        return Frustration.shows(turn.text) ? decided(turn.handOff(HandoffReason.FRUSTRATION)) : Mono.empty();
    }

    /**
     * The bot asked for an order number, a contact to verify it, or a confirmation, and this message gives it:
     * the order dialogue continues. A message that is clearly about something else sets the order aside.
     */
    private Mono<BotDecision> orderConversationGoesOn(Turn turn) {
        OrderMemory order = turn.memory.order();
        boolean elsewhere = turn.best.confidence() >= turn.limits.intentConfidence() && !ORDER_INTENT.equals(turn.best.intent());
        boolean goesOn = switch (order.step()) {
            case NONE -> order.verifiedOrder().isPresent()
                    && (QuickReplies.CANCEL_ORDER.matches(turn.text) || QuickReplies.START_RETURN.matches(turn.text));
            case ASK_NUMBER, ASK_CONTACT -> OrderAnswers.hasOrderDetails(turn.text) || !elsewhere;
            case CONFIRM_CANCEL, CONFIRM_RETURN -> QuickReplies.CONFIRM.matches(turn.text)
                    || QuickReplies.DECLINE.matches(turn.text);
        };
        return goesOn ? orders.answer(turn.message()) : Mono.empty();
    }

    /** "Was this helpful?" answered with its buttons, or with a plain thank-you. */
    private Mono<BotDecision> voteOnLastAnswer(Turn turn) {
        if (!turn.memory.awaitsVote()) {
            return Mono.empty();
        }
        boolean thanked = THANKS_INTENT.equals(turn.best.intent()) && turn.best.confidence() >= turn.limits.intentConfidence();
        if (QuickReplies.HELPFUL.matches(turn.text) || thanked) {
            return decided(turn.voted(true, BotTexts.text(turn.language, "helpful.thanks"), List.of()));
        }
        if (QuickReplies.UNHELPFUL.matches(turn.text)) {
            return decided(turn.voted(false, BotTexts.text(turn.language, "helpful.sorry"),
                    List.of(BotTexts.text(turn.language, "quick-reply.human"))));
        }
        return Mono.empty();
    }

    /** Sure of the request: two in one message are asked about, one is acted on as its intent's action says. */
    private Mono<BotDecision> sureOfRequest(Turn turn) {
        if (!isSure(turn.prediction, turn.best, turn.limits)) {
            return Mono.empty();
        }
        List<String> requests = turn.reading.separateRequests(turn.words, turn.best).stream()
                .flatMap(intent -> labelOf(turn, intent).stream()).distinct().toList();
        if (requests.size() > 1) {
            return decided(turn.askWhichFirst(requests));
        }
        String intent = turn.best.intent();
        Optional<IntentAction> action = turn.knowledge.actionOf(intent);
        if (action.isEmpty()) {
            return Mono.empty();
        }
        return switch (action.get()) {
            case FAQ -> Mono.justOrEmpty(turn.knowledge.faq().answerFor(turn.language.code(), intent).map(turn::answer));
            case ORDER_LOOKUP -> orders.answer(turn.message());
            case HANDOFF -> decided(turn.handOff(COMPLAINT_INTENT.equals(intent)
                    ? HandoffReason.COMPLAINT : HandoffReason.SHOPPER_REQUEST));
            case SMALLTALK -> decided(turn.say(BotTexts.has(turn.language, "smalltalk." + intent)
                    ? BotTexts.text(turn.language, "smalltalk." + intent)
                    : BotTexts.text(turn.language, "smalltalk.greeting")));
            case OUT_OF_SCOPE -> decided(turn.outOfScope());
        };
    }

    private static Mono<BotDecision> decided(BotDecision decision) {
        return Mono.just(decision);
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

    /**
     * The classifier is unsure: the FAQ search may still know the answer, but only on strong evidence (a high
     * score for an entry the classifier also counts among its best guesses, and never when its best guess is
     * "not the shop's business"); otherwise ask once with the two best guesses, and hand off if the shopper is
     * still not understood (at once if an answer just failed them).
     */
    private Mono<BotDecision> unsure(Turn turn) {
        boolean outOfScope = turn.knowledge.actionOf(turn.best.intent()).filter(IntentAction.OUT_OF_SCOPE::equals).isPresent();
        List<FaqHit> hits = outOfScope ? List.of() : turn.knowledge.faq().search(turn.language.code(), turn.words, 1);
        if (!hits.isEmpty() && hits.get(0).score() >= turn.limits.faqSearchScore()
                && amongBestGuesses(turn.prediction, hits.get(0).entry())) {
            return decided(turn.answer(hits.get(0).entry()));
        }
        if (turn.memory.answerUnhelpful()) {
            return decided(turn.giveUp(HandoffReason.UNHELPFUL_ANSWER));
        }
        if (turn.memory.lowConfidenceStreak() >= 1) {
            return decided(turn.giveUp(HandoffReason.LOW_CONFIDENCE));
        }
        return decided(turn.clarify(guessLabels(turn, turn.prediction), turn.memory.lowConfidenceStreak() + 1));
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

    /** One message as read: the words, the language, what the classifier makes of it, and the bot's memory. */
    private record Turn(String conversationId, String text, String words, Language language,
                        DialogueSettings.Thresholds limits, IntentPrediction prediction, ScoredIntent best,
                        Message.Understanding understood, ShopKnowledge knowledge, Reading reading,
                        BotMemory memory) {

        UnderstoodMessage message() {
            return new UnderstoodMessage(conversationId, text, language, understood, memory.order());
        }

        private BotDecision.Said said(BotReply... replies) {
            return new BotDecision.Said(language, understood, List.of(replies));
        }

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
                return new BotDecision.HandOff(said(reply), HandoffReason.POLICY, false, memory.order().leftAside());
            }
            BotReply question = new BotReply(BotTexts.text(language, "helpful.question"), Optional.empty(),
                    List.of(BotTexts.text(language, "quick-reply.helpful"), BotTexts.text(language, "quick-reply.unhelpful")));
            return new BotDecision.Answer(said(reply, question), entry.id());
        }

        BotDecision say(String text) {
            return new BotDecision.Reply(said(BotReply.say(text)));
        }

        BotDecision voted(boolean helpful, String text, List<String> quickReplies) {
            return new BotDecision.Voted(said(new BotReply(text, Optional.empty(), quickReplies)), helpful);
        }

        BotDecision clarify(List<String> options, int unsureTurns) {
            BotReply question = new BotReply(BotTexts.text(language, "clarify"), Optional.empty(), options);
            return new BotDecision.Clarify(said(question), unsureTurns);
        }

        /** Not the shop's business: said plainly, with the way to a person in case the bot misread it. */
        BotDecision outOfScope() {
            BotReply reply = new BotReply(BotTexts.text(language, "out-of-scope"), Optional.empty(),
                    List.of(BotTexts.text(language, "quick-reply.human")));
            return new BotDecision.Reply(said(reply));
        }

        /** Two requests in one message: the shopper picks which to answer first. */
        BotDecision askWhichFirst(List<String> requests) {
            BotReply question = new BotReply(BotTexts.text(language, "which-first"), Optional.empty(), requests);
            return new BotDecision.Reply(said(question));
        }

        BotDecision handOff(HandoffReason reason) {
            return new BotDecision.HandOff(said(), reason, false, memory.order().leftAside());
        }

        /** A person takes over a message the bot could not place. */
        BotDecision giveUp(HandoffReason reason) {
            return new BotDecision.HandOff(said(), reason, true, memory.order().leftAside());
        }
    }
}
