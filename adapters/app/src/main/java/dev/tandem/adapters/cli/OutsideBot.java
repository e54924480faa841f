package dev.tandem.adapters.cli;

import dev.tandem.adapters.TandemApplication;
import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.conversation.OrderMemory;
import dev.tandem.bot.dialogue.DialogueSettings;
import dev.tandem.intents.Language;
import dev.tandem.intents.catalog.IntentAction;
import dev.tandem.intents.catalog.IntentCatalog;
import dev.tandem.intents.catalog.IntentDefinition;
import dev.tandem.kb.FaqEntry;
import dev.tandem.kb.FaqIndex;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Tandem server started in this process (random port, its own data directory, content reload off), asked one
 * message per new conversation through the use cases its chat API calls: {@link StartConversation} with the set's
 * language as the page locale, then {@link HandleShopperMessage}. Everything the server wires is the server's
 * own (content loading, intent model, dialogue policy and its settings, order system, queue, database), so the
 * figures are the chat API's minus HTTP.
 */
final class OutsideBot implements AutoCloseable {

    /** One message's turn as the bot took it, with what it recorded on the shopper's message. */
    record Turn(OutsideMessage message, BotOutcome outcome, String detectedLanguage, Optional<String> intent,
                Optional<Double> confidence, boolean intentFits) {
    }

    private final ConfigurableApplicationContext server;
    private final StartConversation start;
    private final HandleShopperMessage messages;
    private final Conversations conversations;
    private final Transcripts transcripts;
    private final IntentCatalog catalog;
    private final FaqIndex faq;
    private final Map<Language, Double> operatingPoints = new EnumMap<>(Language.class);

    /**
     * @param contentDir  the content to answer from; empty: the bundled demo shop
     * @param dataDir     the server's data directory (database, model cache)
     * @param properties  further server properties ({@code tandem.dialogue.intent-confidence=0.5}, …)
     */
    OutsideBot(Optional<Path> contentDir, Path dataDir, Map<String, String> properties) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("tandem.data-dir", dataDir.toString());
        contentDir.ifPresent(dir -> settings.put("tandem.content-dir", dir.toString()));
        settings.put("tandem.content-reload", "false");
        settings.put("tandem.rate-limit.per-ip", "false");
        // An account of its own, so the server does not generate and print a one-time admin password.
        settings.put("tandem.users[0].name", "outside-eval");
        settings.put("tandem.users[0].password", "{noop}" + UUID.randomUUID());
        settings.put("tandem.users[0].roles[0]", "AGENT");
        settings.put("logging.config", "classpath:logback-cli.xml");
        settings.put("logging.level.root", "WARN");
        settings.put("spring.main.banner-mode", "off");
        settings.putAll(properties);
        // As command-line arguments: they take precedence over application.yml, as they do for the server.
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new);
        server = new SpringApplicationBuilder(TandemApplication.class).run(arguments);
        CurrentShopKnowledge knowledge = server.getBean(CurrentShopKnowledge.class);
        CurrentShopKnowledge.LoadedKnowledge loaded = knowledge.startupLoad().join();
        start = server.getBean(StartConversation.class);
        messages = server.getBean(HandleShopperMessage.class);
        conversations = server.getBean(Conversations.class);
        transcripts = server.getBean(Transcripts.class);
        catalog = loaded.catalog();
        faq = loaded.faq().index();
        DialogueSettings dialogue = server.getBean(TandemProperties.class).dialogue().settings();
        for (Language language : Language.values()) {
            operatingPoints.put(language, dialogue.in(language).intentConfidence());
        }
    }

    /** The FAQ ids of the content in any language: what an outside set's labels may name. */
    Set<String> faqIds() {
        Set<String> ids = new TreeSet<>();
        for (Language language : Language.values()) {
            faq.entries(language.code()).forEach(entry -> ids.add(entry.id()));
        }
        return ids;
    }

    /** The intent confidence the bot answers at: the curve's operating point. */
    /** The intent confidence the bot acts from, per language (the server's dialogue settings). */
    Map<Language, Double> operatingPoints() {
        return Map.copyOf(operatingPoints);
    }

    Turn ask(OutsideMessage message) {
        StartConversation.Started started = start.start(
                new StartConversation.Command(Channel.WEB, Optional.of(message.language()))).block();
        String id = started.conversation().id();
        HandleShopperMessage.Outcome outcome = messages.handle(
                new HandleShopperMessage.Command(id, started.token(), message.text())).block();
        Conversation after = conversations.find(id).block();
        Message shopper = transcripts.messagesAfter(id, 0).filter(line -> line.author() == Author.SHOPPER).blockFirst();
        Optional<String> intent = shopper.intent();
        return new Turn(message, outcome(outcome, after), shopper.language().orElse("?"), intent,
                shopper.confidence(), intent.isPresent() && fits(message, intent.get()));
    }

    private static BotOutcome outcome(HandleShopperMessage.Outcome outcome, Conversation after) {
        Optional<String> faqId = outcome.replies().stream().flatMap(reply -> reply.faqId().stream()).findFirst();
        if (faqId.isPresent()) {
            return new BotOutcome.FaqAnswer(faqId.get());
        }
        if (outcome.state() == ConversationState.QUEUED || outcome.state() == ConversationState.ASSIGNED) {
            return new BotOutcome.HandedOff();
        }
        if (!after.memory().order().equals(OrderMemory.NONE)) {
            return new BotOutcome.OrderLookup();
        }
        if (after.memory().lowConfidenceStreak() > 0) {
            return new BotOutcome.Clarifying();
        }
        return new BotOutcome.Other();
    }

    /**
     * Whether the intent recorded for the message leads where its label says: the intent its FAQ entry names
     * (the order-tracking entry names none: its questions are order lookups), an order-lookup intent, a handoff
     * intent, or for out-of-scope anything that neither answers, looks up nor hands off (small talk).
     */
    private boolean fits(OutsideMessage message, String intent) {
        Optional<IntentAction> action = catalog.intent(intent).map(IntentDefinition::action);
        OutsideMessage.Expected expected = message.expected();
        if (expected instanceof OutsideMessage.Faq entry) {
            return faq.entry(message.language().code(), entry.id())
                    .flatMap(FaqEntry::intent)
                    .map(intent::equals)
                    .orElse(action.equals(Optional.of(IntentAction.ORDER_LOOKUP)));
        }
        if (expected instanceof OutsideMessage.OrderStatus) {
            return action.equals(Optional.of(IntentAction.ORDER_LOOKUP));
        }
        if (expected instanceof OutsideMessage.Person) {
            return action.equals(Optional.of(IntentAction.HANDOFF));
        }
        return action.filter(kind -> kind == IntentAction.FAQ || kind == IntentAction.ORDER_LOOKUP
                || kind == IntentAction.HANDOFF).isEmpty();
    }

    @Override
    public void close() {
        server.close();
    }
}
