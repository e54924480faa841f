package dev.tandem.adapters.channels.email;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.adapters.metrics.ChannelMeters;
import dev.tandem.bot.attachment.ShareAttachment;
import dev.tandem.bot.away.AwayReplies;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.ReadShopperTranscript;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.customer.LinkCustomer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The e-mail channel, built only when {@code tandem.email.enabled=true}: without it no mailbox is read and no
 * mail is sent. A missing address or server stops start-up with the property's name ({@link EmailProperties}).
 * Jakarta Mail (Eclipse Angus) does both directions: Spring's mail support only sends, and the channel must
 * read a mailbox over IMAP too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EmailProperties.class, AwayReplyProperties.class})
@ConditionalOnBooleanProperty("tandem.email.enabled")
public class EmailConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmailConfiguration.class);

    @Bean
    MailServers mailServers(EmailProperties properties) {
        LOG.info("E-mail channel: {}", properties);
        return new MailServers(properties);
    }

    @Bean
    EmailThreads emailThreads(DatabaseClient db) {
        return new EmailThreads(db);
    }

    @Bean
    EmailOutbox emailOutbox(InProcessConversationEvents events, EmailThreads threads, ReadShopperTranscript transcript,
                            MailServers servers, EmailProperties properties, Clock clock, ChannelMeters metrics) {
        return new EmailOutbox(events, threads, transcript, servers, properties, clock, metrics.emailFailures());
    }

    @Bean
    EmailInbound emailInbound(StartConversation startConversation, HandleShopperMessage handleShopperMessage,
                              EmailThreads threads, LinkCustomer linkCustomer, EmailOutbox outbox,
                              ShareAttachment attachments, EmailProperties properties, Clock clock) {
        return new EmailInbound(startConversation, handleShopperMessage, threads, linkCustomer, outbox, attachments,
                properties.address(), clock);
    }

    /** Agent replies to web chats whose shopper left, mailed when the widget's page is known to link back to. */
    @Bean
    @ConditionalOnProperty("tandem.email.away.chat-page")
    AwayReplyMailer awayReplyMailer(InProcessConversationEvents events, AwayReplies awayReplies, MailServers servers,
                                    EmailProperties properties, AwayReplyProperties away, Clock clock) {
        return new AwayReplyMailer(events, awayReplies, servers, properties, away, clock);
    }

    @Bean
    MailboxPoller mailboxPoller(MailServers servers, EmailInbound inbound, EmailProperties properties) {
        return new MailboxPoller(servers, inbound, properties);
    }
}
