package dev.tandem.adapters.channels.telegram;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.adapters.metrics.ChannelMeters;
import dev.tandem.bot.attachment.AttachmentLimits;
import dev.tandem.bot.attachment.ShareAttachment;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.ReadShopperTranscript;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.customer.LinkCustomer;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.ObjectMapper;

/**
 * The Telegram channel, built only when {@code tandem.telegram.enabled=true}: without it nothing calls
 * Telegram and the webhook does not exist. A missing token or secret stops start-up with the property's name
 * ({@link TelegramProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnBooleanProperty("tandem.telegram.enabled")
public class TelegramConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramConfiguration.class);

    /** How long one chat's queued work may take before the next item goes ahead (retries included). */
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Bean
    TelegramBotApi telegramBotApi(TelegramProperties properties, ObjectMapper json) {
        LOG.info("Telegram channel: webhook at {}, Bot API at {}", TelegramWebhookController.PATH,
                properties.apiBaseUrl());
        return new TelegramBotApi(properties, json);
    }

    @Bean
    TelegramChats telegramChats(DatabaseClient db) {
        return new TelegramChats(db);
    }

    @Bean
    TelegramOutbox telegramOutbox(InProcessConversationEvents events, TelegramChats chats, TelegramBotApi api,
                                  ChannelMeters metrics) {
        return new TelegramOutbox(events, chats, api, PATIENCE, metrics.telegramFailures());
    }

    @Bean
    TelegramInbound telegramInbound(StartConversation startConversation, HandleShopperMessage handleShopperMessage,
                                    ReadShopperTranscript transcript, TelegramChats chats, TelegramOutbox outbox,
                                    TelegramBotApi api, LinkCustomer linkCustomer, ShareAttachment attachments,
                                    AttachmentLimits limits, Clock clock) {
        return new TelegramInbound(startConversation, handleShopperMessage, transcript, chats, outbox, api, linkCustomer,
                attachments, limits, clock, PATIENCE);
    }
}
