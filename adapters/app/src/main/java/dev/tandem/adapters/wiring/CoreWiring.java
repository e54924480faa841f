package dev.tandem.adapters.wiring;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.bot.conversation.ConversationState;
import dev.tandem.bot.events.ConversationEvent;
import dev.tandem.bot.agentdesk.AgentDesk;
import dev.tandem.bot.agentdesk.AgentDeskService;
import dev.tandem.bot.agentdesk.AgentStatus;
import dev.tandem.bot.agentdesk.AgentStatusService;
import dev.tandem.bot.team.AgentPresence;
import dev.tandem.bot.agentdesk.ViewConversation;
import dev.tandem.bot.agentdesk.BrowseInbox;
import dev.tandem.bot.agentdesk.BrowseInboxService;
import dev.tandem.bot.agentdesk.ViewConversationService;
import dev.tandem.bot.agentdesk.port.ConversationDirectory;
import dev.tandem.bot.team.port.AgentRoster;
import dev.tandem.bot.analytics.ViewAnalytics;
import dev.tandem.bot.analytics.ViewAnalyticsService;
import dev.tandem.bot.analytics.port.AnalyticsStore;
import dev.tandem.bot.learning.LearningLoop;
import dev.tandem.bot.learning.LearningLoopService;
import dev.tandem.bot.learning.port.LearningStore;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.HandleShopperMessageService;
import dev.tandem.bot.shopper.RateConversation;
import dev.tandem.bot.shopper.RateConversationService;
import dev.tandem.bot.shopper.ReadShopperTranscript;
import dev.tandem.bot.shopper.ReadShopperTranscriptService;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.shopper.StartConversationService;
import dev.tandem.bot.shopper.TurnRecorder;
import dev.tandem.bot.shopper.port.BotTurns;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.Ratings;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.shopper.port.TurnStore;
import dev.tandem.bot.shopper.port.ShopperTurnLimit;
import dev.tandem.bot.customer.KnownCustomers;
import dev.tandem.bot.customer.LinkCustomer;
import dev.tandem.bot.customer.LinkCustomerService;
import dev.tandem.bot.customer.port.CustomerLinks;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.events.port.ConversationEvents;
import dev.tandem.bot.events.port.EventLog;
import dev.tandem.bot.shopper.ShowTyping;
import dev.tandem.bot.shopper.ShowTypingService;
import dev.tandem.bot.queue.LiveQueue;
import dev.tandem.bot.queue.QueueAdmission;
import dev.tandem.bot.queue.QueueSettings;
import dev.tandem.bot.queue.ViewAgentQueue;
import dev.tandem.bot.queue.ViewAgentQueueService;
import dev.tandem.bot.queue.port.AgentQueueStore;
import dev.tandem.bot.orders.NoOrderSystem;
import dev.tandem.bot.orders.OrderDialogue;
import dev.tandem.bot.orders.ProofLimits;
import dev.tandem.bot.orders.port.FailedProofs;
import dev.tandem.bot.orders.port.OrderLookup;
import dev.tandem.bot.away.AwayReplies;
import dev.tandem.bot.away.AwayRepliesService;
import dev.tandem.bot.away.ResumeConversation;
import dev.tandem.bot.away.ResumeConversationService;
import dev.tandem.bot.away.port.ReplyReceipts;
import dev.tandem.bot.away.port.ResumeLinks;
import dev.tandem.bot.callback.CallbackTasks;
import dev.tandem.bot.callback.CallbackTasksService;
import dev.tandem.bot.callback.RequestCallback;
import dev.tandem.bot.callback.RequestCallbackService;
import dev.tandem.bot.callback.port.CallbackStore;
import dev.tandem.bot.notes.InternalNotes;
import dev.tandem.bot.notes.InternalNotesService;
import dev.tandem.bot.notes.port.NoteStore;
import dev.tandem.bot.privacy.PersonalData;
import dev.tandem.bot.privacy.PersonalDataService;
import dev.tandem.bot.privacy.port.PersonalDataStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The composition root: builds bot-core's use cases from the adapters that implement its ports. The only
 * place in the adapters that knows the core's service classes (the ArchUnit rules keep it so).
 */
@Configuration(proxyBeanMethods = false)
public class CoreWiring {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactions) {
        return TransactionalOperator.create(transactions);
    }

    @Bean
    DialoguePolicy dialoguePolicy(TandemProperties properties, OrderDialogue orders) {
        return new DialoguePolicy(properties.dialogue().settings(), orders);
    }

    /**
     * An agent coming online or leaving changes every waiting shopper's wait estimate: their streams are told
     * as of a queue change (on this node; each node hears of presence changes itself).
     */
    @Bean
    AgentPresence agentPresence(InProcessConversationEvents events, Clock clock) {
        return new AgentPresence(() -> events.relay(ConversationEvent.of(ConversationEvent.Type.QUEUE_CHANGED, "",
                ConversationState.QUEUED, clock.instant())));
    }

    @Bean
    LiveQueue liveQueue(AgentQueueStore store, AgentRoster roster, AgentPresence presence, TandemProperties properties,
                        Clock clock) {
        TandemProperties.Queue queue = properties.queue();
        QueueSettings settings = new QueueSettings(queue.ageingStep(), queue.defaultHandleTime(),
                queue.defaultPickupTime(), queue.offlineGrace(), queue.averagedChats());
        return new LiveQueue(store, roster, presence, settings, BusinessHoursConfiguration.from(properties.hours()), clock);
    }

    /** Once the app is up, wait estimates start from the recorded pace instead of the configured defaults. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> queuePaceFromHistory(LiveQueue queue) {
        return ready -> queue.seedHandleTimes().block(Duration.ofSeconds(30));
    }

    @Bean
    TurnRecorder turnRecorder(TurnStore store, ConversationEvents events) {
        return new TurnRecorder(store, events);
    }

    @Bean
    StartConversation startConversation(TurnStore store, Clock clock) {
        return new StartConversationService(store, clock);
    }

    /** Without an order system (none configured) the bot says it cannot check orders and offers a person. */
    @Bean
    OrderDialogue orderDialogue(ObjectProvider<OrderLookup> orders, LinkCustomer linkCustomer, FailedProofs failedProofs,
                                Clock clock) {
        return new OrderDialogue(orders.getIfAvailable(() -> NoOrderSystem.INSTANCE), linkCustomer, failedProofs,
                ProofLimits.defaults(), clock);
    }

    /** Conversations linked to the shoppers behind them: by proven orders and by the channels. */
    @Bean
    LinkCustomer linkCustomer(CustomerLinks links, Clock clock) {
        return new LinkCustomerService(links, clock);
    }

    @Bean
    HandleShopperMessage handleShopperMessage(Conversations conversations, Transcripts transcripts,
                                              TurnRecorder recorder, LiveQueue queue, CurrentShopKnowledge knowledge, DialoguePolicy policy,
                                              ShopperTurnLimit turnLimit, BotTurns turns,
                                              TandemProperties properties, Clock clock) {
        TandemProperties.Queue limits = properties.queue();
        // Like the other per-address limits, the cap per client address is off when tandem.rate-limit.per-ip is.
        int perClient = properties.rateLimit().perIp() ? limits.maxPerClient() : Integer.MAX_VALUE;
        return new HandleShopperMessageService(conversations, transcripts, recorder, queue, knowledge, policy, turnLimit,
                new QueueAdmission(perClient, limits.ceiling()), turns, clock);
    }

    @Bean
    ShowTyping showTyping(Conversations conversations, ConversationEvents events, Clock clock) {
        return new ShowTypingService(conversations, events, clock);
    }

    @Bean
    ReadShopperTranscript readShopperTranscript(Conversations conversations, Transcripts transcripts) {
        return new ReadShopperTranscriptService(conversations, transcripts);
    }

    @Bean
    RateConversation rateConversation(Conversations conversations, Transcripts transcripts, Ratings ratings,
                                      ConversationEvents events, Clock clock) {
        return new RateConversationService(conversations, transcripts, ratings, events, clock);
    }

    @Bean
    ViewAgentQueue viewAgentQueue(LiveQueue queue, AgentRoster roster, CurrentShopKnowledge knowledge, Clock clock) {
        return new ViewAgentQueueService(queue, roster, knowledge, clock);
    }

    @Bean
    AgentDesk agentDesk(Conversations conversations, TurnRecorder recorder, LiveQueue queue, AgentRoster roster,
                        AgentPresence presence, Clock clock) {
        return new AgentDeskService(conversations, recorder, queue, roster, presence, clock);
    }

    @Bean
    AgentStatus agentStatus(AgentRoster roster, AgentPresence presence, LiveQueue queue, Clock clock) {
        return new AgentStatusService(roster, presence, queue, clock);
    }

    @Bean
    BrowseInbox browseInbox(ConversationDirectory directory) {
        return new BrowseInboxService(directory);
    }

    @Bean
    ViewConversation viewConversation(Conversations conversations, Transcripts transcripts, EventLog log,
                                      LiveQueue queue, AgentRoster roster, CurrentShopKnowledge knowledge,
                                      CustomerLinks customerLinks, Clock clock) {
        return new ViewConversationService(conversations, transcripts, log, queue, roster, knowledge,
                Optional.of(new KnownCustomers(customerLinks)), clock);
    }

    @Bean
    InternalNotes internalNotes(Conversations conversations, NoteStore store, ConversationEvents events, Clock clock) {
        return new InternalNotesService(conversations, store, events, clock);
    }

    @Bean
    RequestCallback requestCallback(Conversations conversations, CallbackStore store, TurnRecorder recorder,
                                    ConversationEvents events, Clock clock) {
        return new RequestCallbackService(conversations, store, recorder, events, clock);
    }

    @Bean
    CallbackTasks callbackTasks(CallbackStore store, AgentRoster roster, ConversationEvents events, Clock clock) {
        return new CallbackTasksService(store, roster, events, clock);
    }

    @Bean
    AwayReplies awayReplies(Conversations conversations, Transcripts transcripts, CustomerLinks customerLinks,
                            ReplyReceipts receipts, ResumeLinks links, AgentRoster roster, Clock clock) {
        return new AwayRepliesService(conversations, transcripts, customerLinks, receipts, links, roster, clock);
    }

    @Bean
    ResumeConversation resumeConversation(Conversations conversations, ResumeLinks links, Clock clock) {
        return new ResumeConversationService(conversations, links, clock);
    }

    @Bean
    PersonalData personalData(PersonalDataStore store, TandemProperties properties, Clock clock) {
        Duration retention = properties.retention();
        return new PersonalDataService(store, retention.isZero() || retention.isNegative() ? Optional.empty()
                : Optional.of(retention), clock);
    }

    @Bean
    ViewAnalytics viewAnalytics(AnalyticsStore store, Clock clock) {
        return new ViewAnalyticsService(store, clock);
    }

    @Bean
    LearningLoop learningLoop(LearningStore store, CurrentShopKnowledge knowledge, Clock clock) {
        return new LearningLoopService(store, knowledge, clock);
    }
}
