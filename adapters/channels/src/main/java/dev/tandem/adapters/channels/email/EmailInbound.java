package dev.tandem.adapters.channels.email;

import dev.tandem.adapters.channels.email.EmailThreads.Direction;
import dev.tandem.adapters.channels.email.EmailThreads.EmailThread;
import dev.tandem.bot.attachment.AttachmentTooLargeException;
import dev.tandem.bot.attachment.ShareAttachment;
import dev.tandem.bot.attachment.UnsupportedAttachmentException;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.InvalidShopperMessageException;
import dev.tandem.bot.shopper.ShopperCredential;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.shopper.TooManyTurnsException;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.LinkCustomer;
import dev.tandem.bot.customer.LinkSource;
import dev.tandem.bot.text.ChatText;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A shopper's mail, taken into its conversation. A mail that replies to one Tandem saw or sent (In-Reply-To,
 * References) from the same address continues that thread's conversation; any other opens a new one (channel
 * email), whose first message is the subject with the text. The engine answers, hands off or stays silent for
 * the agent; answers travel back through {@link EmailOutbox}. Machines' mails (out-of-office, bounces, lists) and
 * mails from the support address itself are left alone, and a mail taken once is never taken again. Its attached
 * photos and PDFs become attachments of the conversation, after its text, with the chat's limits; a file refused
 * (too large, not a photo or PDF) is logged and the mail is still taken.
 */
final class EmailInbound {

    private static final Logger LOG = LoggerFactory.getLogger(EmailInbound.class);
    /** The thread (and its sender) says whose conversation a mail is: the channel keeps no token. */
    static final ShopperCredential SHOPPER = new ShopperCredential.ChannelAdapter(Channel.EMAIL);
    private static final int SUBJECT_LENGTH = 998;

    private final StartConversation startConversation;
    private final HandleShopperMessage handleShopperMessage;
    private final EmailThreads threads;
    private final LinkCustomer customers;
    private final EmailOutbox outbox;
    private final ShareAttachment attachments;
    private final String supportAddress;
    private final Clock clock;

    EmailInbound(StartConversation startConversation, HandleShopperMessage handleShopperMessage, EmailThreads threads,
                 LinkCustomer customers, EmailOutbox outbox, ShareAttachment attachments, String supportAddress,
                 Clock clock) {
        this.attachments = attachments;
        this.startConversation = startConversation;
        this.handleShopperMessage = handleShopperMessage;
        this.threads = threads;
        this.customers = customers;
        this.outbox = outbox;
        this.supportAddress = supportAddress.strip().toLowerCase(Locale.ROOT);
        this.clock = clock;
    }

    /** Completes once the mail is in its conversation's transcript, or known to be one to leave alone. */
    Mono<Void> accept(ReceivedMail mail) {
        if (mail.isAutomatic()) {
            LOG.info("Left alone an automatic mail {} ({})", mail.messageId(), mail.automatic().get());
            return Mono.empty();
        }
        if (mail.from().isEmpty() || mail.from().get().equals(supportAddress)) {
            LOG.info("Left alone mail {}: it is from {}", mail.messageId(), mail.from().orElse("nobody"));
            return Mono.empty();
        }
        String from = mail.from().get();
        return threads.seen(mail.messageId()).flatMap(seen -> {
            if (seen) {
                LOG.debug("Mail {} was taken already", mail.messageId());
                return Mono.empty();
            }
            return threads.findByMessageIds(mail.threadIds())
                    // A Message-ID is no secret: only the thread's own shopper continues it.
                    .filter(thread -> thread.shopperAddress().equalsIgnoreCase(from))
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(thread -> thread.map(known -> write(known, mail, mail.text()))
                            .orElseGet(() -> open(mail, from)));
        });
    }

    private Mono<Void> open(ReceivedMail mail, String from) {
        var command = new StartConversation.Command(Channel.EMAIL, Optional.empty());
        return startConversation.start(command).flatMap(started -> {
            String conversationId = started.conversation().id();
            // The greeting is for chat windows; a mail thread starts with the answer.
            EmailThread thread = new EmailThread(conversationId, from, cut(mail.topic(), SUBJECT_LENGTH),
                    started.conversation().lastSeq(), 0, Optional.empty());
            return threads.open(thread, clock.instant())
                    .then(customers.link(conversationId, Identity.email(from), LinkSource.EMAIL_SENDER, Optional.empty()))
                    .then(write(thread, mail, firstText(mail)));
        });
    }

    private Mono<Void> write(EmailThread thread, ReceivedMail mail, String text) {
        Mono<Void> said = text.isBlank() ? Mono.fromRunnable(() -> LOG.info(
                "Mail {} in conversation {} has no text of its own (only quotes or attachments)", mail.messageId(),
                thread.conversationId()))
                : handleShopperMessage.handle(new HandleShopperMessage.Command(thread.conversationId(), SHOPPER,
                                cut(text, HandleShopperMessage.MAX_TEXT_LENGTH)))
                        .onErrorResume(InvalidShopperMessageException.class, refused -> {
                            LOG.warn("Refused mail {} in conversation {}: {}", mail.messageId(), thread.conversationId(),
                                    refused.getMessage());
                            return Mono.empty();
                        })
                        .then();
        return outbox.arriving(thread.conversationId(), said.then(filesOf(thread, mail))
                .then(threads.remember(mail.messageId(), thread.conversationId(), Direction.IN, clock.instant())));
    }

    private Mono<Void> filesOf(EmailThread thread, ReceivedMail mail) {
        return Flux.fromIterable(mail.files())
                .concatMap(file -> attachments.shopperShares(thread.conversationId(), SHOPPER, file)
                        .onErrorResume(refused -> refused instanceof AttachmentTooLargeException
                                || refused instanceof UnsupportedAttachmentException
                                || refused instanceof TooManyTurnsException, refused -> {
                            LOG.warn("Left out file '{}' of mail {} in conversation {}: {}", file.name(),
                                    mail.messageId(), thread.conversationId(), refused.getMessage());
                            return Mono.empty();
                        }))
                .then();
    }

    /** A new thread's subject often is the question: the bot reads it with the text. */
    private static String firstText(ReceivedMail mail) {
        String topic = mail.topic();
        String text = mail.text();
        if (topic.isBlank() || text.toLowerCase(Locale.ROOT).contains(topic.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return text.isBlank() ? topic : topic + "\n\n" + text;
    }

    /**
     * Mail can be long; the conversation takes at most this much and the mailbox keeps the whole mail. Control
     * characters go (every database must be able to store the subject), and no character is cut in half.
     */
    private static String cut(String text, int length) {
        String kept = ChatText.withoutControlCharacters(text);
        return kept.length() <= length ? kept : ChatText.cut(kept, length - 1) + "…";
    }
}
