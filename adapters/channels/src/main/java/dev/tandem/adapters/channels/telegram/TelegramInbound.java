package dev.tandem.adapters.channels.telegram;

import dev.tandem.adapters.channels.telegram.TelegramChats.TelegramChat;
import dev.tandem.adapters.channels.telegram.TelegramUpdate.Said;
import dev.tandem.bot.attachment.AttachmentLimits;
import dev.tandem.bot.attachment.AttachmentTooLargeException;
import dev.tandem.bot.attachment.ShareAttachment;
import dev.tandem.bot.attachment.UnsupportedAttachmentException;
import dev.tandem.bot.attachment.Upload;
import dev.tandem.bot.shopper.HandleShopperMessage;
import dev.tandem.bot.shopper.InvalidShopperMessageException;
import dev.tandem.bot.shopper.ReadShopperTranscript;
import dev.tandem.bot.shopper.ShopperCredential;
import dev.tandem.bot.shopper.StartConversation;
import dev.tandem.bot.shopper.TooManyTurnsException;
import dev.tandem.bot.conversation.Author;
import dev.tandem.bot.conversation.Channel;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.customer.Identity;
import dev.tandem.bot.customer.LinkCustomer;
import dev.tandem.bot.customer.LinkSource;
import dev.tandem.bot.dialogue.BotTexts;
import dev.tandem.bot.text.ChatText;
import dev.tandem.intents.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import reactor.core.publisher.Mono;

/**
 * What a shopper writes in Telegram, taken into their conversation. A chat's first update opens a conversation
 * (channel telegram, in the language of the shopper's Telegram app when Tandem speaks it); {@code /start}
 * shows the greeting; every other text and every button press is the shopper's message to the engine, which
 * answers, hands off or stays silent for the agent, and reopens a resolved chat. The answers travel back
 * through the conversation events ({@link TelegramOutbox}). One chat's updates are taken one at a time, in the
 * order they arrived; an update Telegram delivers again after a failed attempt is not taken twice.
 */
final class TelegramInbound {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramInbound.class);
    /** The webhook's secret proves an update is Telegram's; the chat id says whose conversation it is. */
    private static final ShopperCredential SHOPPER = new ShopperCredential.ChannelAdapter(Channel.TELEGRAM);
    private static final Pattern START = Pattern.compile("/start(@\\w+)?(\\s.*)?", Pattern.DOTALL);

    private final StartConversation startConversation;
    private final HandleShopperMessage handleShopperMessage;
    private final ReadShopperTranscript transcript;
    private final TelegramChats chats;
    private final TelegramOutbox outbox;
    private final TelegramBotApi api;
    private final Clock clock;
    private final SerialLanes<Long> lanes;
    private final LinkCustomer customers;
    private final ShareAttachment attachments;
    private final AttachmentLimits limits;

    /**
     * @param customers   told of the Telegram account behind each new chat: that is one customer
     * @param attachments where the photos and documents shoppers send go, with the chat's limits
     */
    TelegramInbound(StartConversation startConversation, HandleShopperMessage handleShopperMessage,
                    ReadShopperTranscript transcript, TelegramChats chats, TelegramOutbox outbox, TelegramBotApi api,
                    LinkCustomer customers, ShareAttachment attachments, AttachmentLimits limits, Clock clock,
                    Duration patience) {
        this.customers = customers;
        this.attachments = attachments;
        this.limits = limits;
        this.startConversation = startConversation;
        this.handleShopperMessage = handleShopperMessage;
        this.transcript = transcript;
        this.chats = chats;
        this.outbox = outbox;
        this.api = api;
        this.clock = clock;
        this.lanes = new SerialLanes<>(patience);
    }

    /** Completes once the update is in the transcript (or was one the channel leaves alone). */
    Mono<Void> accept(TelegramUpdate update) {
        Optional<Said> said = update.said();
        if (said.isEmpty()) {
            return update.file()
                    .map(file -> lanes.submit(file.chatId(), () -> takeFile(update.updateId(), file)))
                    .orElse(Mono.empty());
        }
        Said shopper = said.get();
        shopper.callbackQueryId().ifPresent(this::acknowledge);
        return lanes.submit(shopper.chatId(), () -> take(update.updateId(), shopper));
    }

    /** Telegram shows a spinner on a pressed button until it hears back; this does not wait for the answer. */
    private void acknowledge(String callbackQueryId) {
        api.answerCallbackQuery(callbackQueryId).subscribe(null,
                failure -> LOG.warn("Could not answer a Telegram button press: {}", api.redacted(failure)));
    }

    private Mono<Void> take(long updateId, Said said) {
        return chats.find(said.chatId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(chat -> {
                    if (chat.isEmpty()) {
                        return open(said);
                    }
                    if (chat.get().lastUpdateId().filter(last -> last == updateId).isPresent()) {
                        LOG.debug("Telegram update {} was handled already", updateId);
                        return Mono.empty();
                    }
                    return continueIn(chat.get(), said);
                })
                .then(chats.handled(said.chatId(), updateId));
    }

    /**
     * A photo or document: kept as an attachment of the chat's conversation (a first-ever update opens and greets
     * one), then its caption as a message. A file refused by the chat's checks, or that Telegram would not give,
     * is logged and the update still taken: Telegram would only send it again.
     */
    private Mono<Void> takeFile(long updateId, TelegramUpdate.SentFile file) {
        Said greeted = new Said(file.chatId(), file.from(), "/start", Optional.empty());
        return chats.find(file.chatId())
                .switchIfEmpty(Mono.defer(() -> open(greeted).then(chats.find(file.chatId()))))
                .flatMap(chat -> chat.lastUpdateId().filter(last -> last == updateId).isPresent() ? Mono.<Void>empty()
                        : share(chat, file).then(Mono.defer(() -> file.caption()
                                .map(caption -> write(chat, new Said(file.chatId(), file.from(), caption, Optional.empty())))
                                .orElse(Mono.empty()))))
                .then(chats.handled(file.chatId(), updateId));
    }

    private Mono<Void> share(TelegramChat chat, TelegramUpdate.SentFile file) {
        long max = limits.maxBytes();
        Mono<byte[]> bytes = file.size().filter(size -> size > max).isPresent()
                ? Mono.error(new AttachmentTooLargeException(max))
                : api.download(file.fileId(), max).onErrorMap(DataBufferLimitException.class,
                        tooMuch -> new AttachmentTooLargeException(max));
        return bytes.flatMap(content -> attachments.shopperShares(chat.conversationId(), SHOPPER,
                        new Upload(file.name(), content)))
                .onErrorResume(refused -> refused instanceof AttachmentTooLargeException
                        || refused instanceof UnsupportedAttachmentException || refused instanceof TooManyTurnsException
                        || refused instanceof TelegramApiException, refused -> {
                    LOG.warn("Left out a Telegram file in conversation {}: {}", chat.conversationId(),
                            api.redacted(refused));
                    return Mono.empty();
                })
                .then();
    }

    /** The chat's first update: a new conversation, greeted on /start. */
    private Mono<Void> open(Said said) {
        Optional<TelegramUpdate.User> from = Optional.ofNullable(said.from());
        Optional<String> languageCode = from.map(TelegramUpdate.User::languageCode).map(code -> cut(code, 16));
        var command = new StartConversation.Command(Channel.TELEGRAM, languageCode.flatMap(Language::fromCode));
        return startConversation.start(command).flatMap(started -> {
            String conversationId = started.conversation().id();
            TelegramChat chat = new TelegramChat(said.chatId(), conversationId,
                    from.map(TelegramUpdate.User::id), from.map(TelegramUpdate.User::username).map(name -> cut(name, 64)),
                    languageCode, Optional.empty());
            return chats.add(chat, clock.instant())
                    .then(Mono.defer(() -> chat.userId().map(user -> customers.link(conversationId,
                            Identity.telegram(user), LinkSource.TELEGRAM_ACCOUNT, Optional.empty())).orElse(Mono.empty())))
                    .then(Mono.defer(() -> isStart(said)
                            ? outbox.deliver(conversationId, said.chatId(), started.messages())
                            : write(chat, said)))
                    // Another node opened this chat's conversation at the same moment: write into that one.
                    .onErrorResume(DataIntegrityViolationException.class, raced -> chats.find(said.chatId())
                            .flatMap(existing -> continueIn(existing, said)));
        });
    }

    private Mono<Void> continueIn(TelegramChat chat, Said said) {
        if (isStart(said)) {
            return greetAgain(chat);
        }
        return write(chat, said);
    }

    /** /start in a chat that already has a conversation: the greeting again, in the conversation's language. */
    private Mono<Void> greetAgain(TelegramChat chat) {
        return transcript.messagesAfter(chat.conversationId(), SHOPPER, 0)
                .filter(message -> message.author() != Author.SHOPPER)
                .reduce((earlier, later) -> later)
                .flatMap(message -> message.language().flatMap(Language::fromCode).map(Mono::just).orElseGet(Mono::empty))
                .defaultIfEmpty(chat.languageCode().flatMap(Language::fromCode).orElse(Language.EN))
                .flatMap(language -> outbox.deliver(chat.conversationId(), chat.chatId(), List.of(
                        Message.from(Author.BOT, chat.conversationId(), 0, BotTexts.text(language, "greeting"),
                                clock.instant(), language.code(), Optional.empty(), List.of()))));
    }

    private Mono<Void> write(TelegramChat chat, Said said) {
        return text(chat, said)
                .flatMap(text -> handleShopperMessage.handle(
                        new HandleShopperMessage.Command(chat.conversationId(), SHOPPER, text)))
                .onErrorResume(InvalidShopperMessageException.class, refused -> {
                    // Telegram would only deliver it again: it is refused for good (too long, empty).
                    LOG.warn("Refused a Telegram message in conversation {}: {}", chat.conversationId(),
                            refused.getMessage());
                    return Mono.empty();
                })
                .then();
    }

    /** What the shopper said: their text, or the label of the button they pressed. */
    private Mono<String> text(TelegramChat chat, Said said) {
        if (!said.pressed()) {
            return Mono.just(said.text());
        }
        return QuickReplyButtons.reference(said.text())
                .map(button -> transcript.messagesAfter(chat.conversationId(), SHOPPER, button.seq() - 1)
                        .filter(message -> message.seq() == button.seq())
                        .next()
                        .flatMap(message -> button.index() < message.quickReplies().size()
                                ? Mono.just(message.quickReplies().get(button.index()))
                                : Mono.<String>empty())
                        .switchIfEmpty(Mono.fromRunnable(() -> LOG.warn(
                                "A Telegram button press in conversation {} refers to no button ({})",
                                chat.conversationId(), said.text()))))
                .orElseGet(() -> Mono.just(said.text()));
    }

    private static boolean isStart(Said said) {
        return !said.pressed() && START.matcher(said.text().strip()).matches();
    }

    /** A name or language code from Telegram as it may be stored: no control characters, no half character. */
    private static String cut(String value, int length) {
        return ChatText.cut(ChatText.withoutLoneSurrogates(ChatText.withoutControlCharacters(value)), length);
    }
}
