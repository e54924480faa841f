package dev.tandem.bot.agentdesk;

import dev.tandem.bot.shopper.ConversationAccess;
import dev.tandem.bot.team.Agent;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.KnownCustomer;
import dev.tandem.bot.dialogue.ShopKnowledge;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.events.port.EventLog;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueEntry;
import dev.tandem.bot.text.ChatText;
import dev.tandem.intents.entities.Entity;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.entities.EntityType;
import dev.tandem.kb.FaqHit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Puts together what an agent sees when opening a conversation (see {@link ViewConversation}). */
public final class ViewConversationService implements ViewConversation {

    private static final int SUGGESTIONS = 3;
    /**
     * Below this calibrated score a hit shares a word or two with the question and little else: in the search
     * evaluation (knowledge-base) questions outside the shop reach 0.5 at best, right answers a median of 0.84.
     * Agents read few useful suggestions; a list of 6 % and 27 % matches teaches them to ignore the panel.
     */
    static final double SUGGESTION_MIN_SCORE = 0.55;
    private static final int SUMMARY_LENGTH = 140;
    /** Earlier conversations shown; the rest is one click away in the privacy export. */
    private static final int PREVIOUS_SHOWN = 20;

    private final ConversationAccess conversations;
    private final Transcripts transcripts;
    private final EventLog log;
    private final LiveQueue queue;
    private final AgentRoster roster;
    private final Supplier<ShopKnowledge> knowledge;
    private final EntityExtractor entities = new EntityExtractor();
    private final Optional<dev.tandem.bot.customer.KnownCustomers> customers;
    private final Clock clock;

    public ViewConversationService(Conversations conversations, Transcripts transcripts, EventLog log, LiveQueue queue,
                                   AgentRoster roster, Supplier<ShopKnowledge> knowledge, Clock clock) {
        this(conversations, transcripts, log, queue, roster, knowledge, Optional.empty(), clock);
    }

    /** @param customers where the customer's other conversations and orders come from */
    public ViewConversationService(Conversations conversations, Transcripts transcripts, EventLog log, LiveQueue queue,
                                   AgentRoster roster, Supplier<ShopKnowledge> knowledge,
                                   Optional<dev.tandem.bot.customer.KnownCustomers> customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
        this.conversations = new ConversationAccess(conversations);
        this.transcripts = transcripts;
        this.log = log;
        this.queue = queue;
        this.roster = roster;
        this.knowledge = knowledge;
    }

    @Override
    public Mono<Details> details(String agent, String conversationId) {
        return conversations.existing(conversationId)
                .flatMap(conversation -> log.log(ConversationEvent.of(ConversationEvent.Type.VIEWED, conversationId,
                                conversation.state(), clock.instant()).withAgent(agent))
                        .then(Mono.zip(transcripts.messagesAfter(conversationId, 0).collectList(), queue.snapshot(),
                                history(conversationId)))
                        .map(loaded -> details(conversation, loaded.getT1(), loaded.getT2().entry(conversationId),
                                loaded.getT3())));
    }

    /**
     * Out of the queue (resolved, back with the bot) the request is gone: the last message the bot recognised a
     * topic in says more than the last words (an address, a "thanks"); the first message when it recognised none.
     */
    private static Optional<String> askedLast(List<Message> fromShopper, ShopKnowledge shop) {
        for (int i = fromShopper.size() - 1; i >= 0; i--) {
            if (fromShopper.get(i).intent().filter(shop::namesATopic).isPresent()) {
                return Optional.of(fromShopper.get(i).text());
            }
        }
        return fromShopper.stream().findFirst().map(Message::text);
    }

    private Mono<CustomerHistory> history(String conversationId) {
        return customers.map(history -> history.behind(conversationId).flatMap(this::history))
                .orElse(Mono.just(CustomerHistory.NONE));
    }

    private Mono<CustomerHistory> history(KnownCustomer customer) {
        return Flux.fromIterable(customer.conversations())
                .concatMap(id -> conversations.find(id).flatMap(this::past))
                .collectList()
                .map(previous -> new CustomerHistory(customer.identities(), previous.stream()
                        .sorted(Comparator.comparing(PastConversation::startedAt).reversed())
                        .limit(PREVIOUS_SHOWN).toList(), customer.orders()));
    }

    private Mono<PastConversation> past(Conversation conversation) {
        return transcripts.messagesAfter(conversation.id(), 0)
                .filter(message -> message.author() == Author.SHOPPER)
                .next()
                .map(first -> oneLine(first.text()))
                .defaultIfEmpty("")
                .map(question -> new PastConversation(conversation.id(), conversation.channel(),
                        conversation.createdAt(), conversation.state(), question));
    }

    private Details details(Conversation conversation, List<Message> messages, Optional<QueueEntry> entry,
                            CustomerHistory customer) {
        ShopKnowledge shop = knowledge.get();
        List<Message> fromShopper = messages.stream().filter(message -> message.author() == Author.SHOPPER).toList();
        References references = references(conversation, fromShopper);
        String language = conversation.language().code();
        // The request the shopper was handed off with says what they need better than their last words
        // (often an e-mail address or a "thanks").
        Optional<String> question = entry.map(QueueEntry::summary).filter(text -> !text.isBlank())
                .or(() -> askedLast(fromShopper, shop));
        List<FaqHit> suggestions = question.map(text -> shop.faq().search(language, text, SUGGESTIONS).stream()
                .filter(hit -> hit.score() >= SUGGESTION_MIN_SCORE).toList()).orElse(List.of());
        Map<String, String> variables = new HashMap<>();
        references.orderNumbers().stream().findFirst().ifPresent(order -> variables.put("orderNumber", order));
        references.trackingNumbers().stream().findFirst().ifPresent(tracking -> variables.put("trackingNumber", tracking));
        conversation.assignedAgent().ifPresent(agent -> variables.put("agentName",
                roster.find(agent).map(Agent::displayName).orElse(agent)));
        List<CannedReply> canned = shop.canned().stream().map(response -> CannedReply.of(response, language, variables))
                .toList();
        String summary = question.map(ViewConversationService::oneLine).orElse("");
        return new Details(conversation, messages, entry, summary, references, suggestions, canned, customer);
    }

    private References references(Conversation conversation, List<Message> fromShopper) {
        Map<EntityType, Set<String>> found = new HashMap<>();
        for (EntityType type : EntityType.values()) {
            found.put(type, new LinkedHashSet<>());
        }
        conversation.contactEmail().ifPresent(email -> found.get(EntityType.EMAIL).add(email));
        for (Message message : fromShopper) {
            for (Entity entity : entities.extract(message.text())) {
                found.get(entity.type()).add(entity.value());
            }
        }
        return new References(new ArrayList<>(found.get(EntityType.EMAIL)), new ArrayList<>(found.get(EntityType.PHONE)),
                new ArrayList<>(found.get(EntityType.ORDER_NUMBER)), new ArrayList<>(found.get(EntityType.TRACKING_NUMBER)));
    }

    private static String oneLine(String text) {
        return ChatText.oneLine(text, SUMMARY_LENGTH);
    }
}
