package dev.tandem.adapters.channels.email;

import dev.tandem.adapters.events.InProcessConversationEvents;
import dev.tandem.adapters.events.OwnEventsListener;
import dev.tandem.bot.away.AwayReplies;
import dev.tandem.bot.away.AwayReply;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.events.ConversationEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Mails an agent's reply to a web chat when the shopper's widget was not there to be sent it: each reply this node
 * saves is looked at {@code tandem.email.away.after} later, and whatever replies of the conversation neither
 * reached the widget nor were mailed go out in one mail to the address the shopper left ({@link AwayReplies} says
 * which, and claims them, so each is mailed at most once across nodes). A mail server that fails loses that mail;
 * the reply stays in the transcript, which the link opens.
 */
final class AwayReplyMailer extends OwnEventsListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AwayReplyMailer.class);
    private static final Duration DATABASE_PATIENCE = Duration.ofSeconds(30);

    private final AwayReplies awayReplies;
    private final MailServers servers;
    private final EmailProperties email;
    private final AwayReplyProperties away;
    private final Clock clock;
    private final MailThread worker = new MailThread("tandem-away-mail");

    AwayReplyMailer(InProcessConversationEvents events, AwayReplies awayReplies, MailServers servers, EmailProperties email,
                    AwayReplyProperties away, Clock clock) {
        super(events, "The away-reply mailer");
        this.awayReplies = awayReplies;
        this.servers = servers;
        this.email = email;
        this.away = away;
        this.clock = clock;
    }

    @Override
    protected void onEvent(ConversationEvent event) {
        boolean agentReply = event.type() == ConversationEvent.Type.MESSAGE
                && event.message().filter(message -> message.author() == Author.AGENT).isPresent();
        ScheduledExecutorService running = worker.executor().orElse(null);
        if (agentReply && running != null) {
            try {
                running.schedule(() -> mailIfAway(event.conversationId()), away.after().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException stopping) {
                LOG.debug("Not looking at the reply of {}: stopping", event.conversationId());
            }
        }
    }

    private void mailIfAway(String conversationId) {
        try {
            Optional<AwayReply> due = awayReplies.due(conversationId).block(DATABASE_PATIENCE);
            if (due == null || due.isEmpty()) {
                return;
            }
            AwayReply reply = due.get();
            servers.send(AwayReplyMail.compose(servers.smtpSession(), email, reply, away.link(reply.resumeCode()),
                    clock.instant()));
            LOG.info("Mailed {} agent repl(ies) of conversation {}: the shopper had left the chat",
                    reply.replies().size(), conversationId);
        } catch (Exception failure) {
            LOG.error("Could not mail the agent's reply of conversation {} to the shopper who left", conversationId, failure);
        }
    }

    @Override
    public void start() {
        // Nothing recurring: each reply schedules its own look; the first run is a no-op a day away.
        worker.start(() -> { }, Duration.ofDays(1), Duration.ofDays(1));
        super.start();
    }

    @Override
    public void stop() {
        super.stop();
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.running();
    }
}
