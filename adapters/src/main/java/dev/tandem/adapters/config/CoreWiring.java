package dev.tandem.adapters.config;

import dev.tandem.adapters.content.CurrentShopKnowledge;
import dev.tandem.bot.chat.HandleShopperMessage;
import dev.tandem.bot.chat.HandleShopperMessageService;
import dev.tandem.bot.chat.ReadShopperTranscript;
import dev.tandem.bot.chat.ReadShopperTranscriptService;
import dev.tandem.bot.chat.StartConversation;
import dev.tandem.bot.chat.StartConversationService;
import dev.tandem.bot.chat.port.ConversationStore;
import dev.tandem.bot.dialogue.DialoguePolicy;
import dev.tandem.bot.dialogue.DialogueSettings;
import dev.tandem.bot.handoff.ViewAgentQueue;
import dev.tandem.bot.handoff.ViewAgentQueueService;
import dev.tandem.bot.handoff.port.AgentQueueStore;
import java.time.Clock;
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
    DialoguePolicy dialoguePolicy(TandemProperties properties) {
        TandemProperties.Dialogue dialogue = properties.dialogue();
        return new DialoguePolicy(new DialogueSettings(dialogue.intentConfidence(), dialogue.humanRequestConfidence(),
                dialogue.faqSearchScore(), dialogue.languageSwitchConfidence()));
    }

    @Bean
    StartConversation startConversation(ConversationStore store, Clock clock) {
        return new StartConversationService(store, clock);
    }

    @Bean
    HandleShopperMessage handleShopperMessage(ConversationStore store, AgentQueueStore queue,
                                              CurrentShopKnowledge knowledge, DialoguePolicy policy, Clock clock) {
        return new HandleShopperMessageService(store, queue, knowledge, policy, clock);
    }

    @Bean
    ReadShopperTranscript readShopperTranscript(ConversationStore store) {
        return new ReadShopperTranscriptService(store);
    }

    @Bean
    ViewAgentQueue viewAgentQueue(AgentQueueStore queue, Clock clock) {
        return new ViewAgentQueueService(queue, clock);
    }
}
