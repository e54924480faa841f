package dev.tandem.bot.attachment;

import dev.tandem.bot.shopper.ConversationAccess;
import dev.tandem.bot.conversation.Attachment;
import dev.tandem.bot.agentdesk.HeldChat;
import dev.tandem.bot.attachment.port.AttachmentStore;
import dev.tandem.bot.conversation.AttachedFile;
import dev.tandem.bot.conversation.Conversation;
import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.shopper.ConversationTurn;
import dev.tandem.bot.shopper.ShopperCredential;
import dev.tandem.bot.shopper.TooManyTurnsException;
import dev.tandem.bot.shopper.TurnRecorder;
import dev.tandem.bot.shopper.port.ConcurrentTurnException;
import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.ShopperTurnLimit;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks the file, keeps it, then adds the message that carries it as one turn (announced live like any
 * message). The file is saved first: a turn lost to a race is recomputed, the file is not stored twice. A
 * shopper's file counts against the conversation's message limit.
 */
public final class ShareAttachmentService implements ShareAttachment {

    private final ConversationAccess conversations;
    private final AttachmentStore store;
    private final TurnRecorder recorder;
    private final UploadCheck check;
    private final ShopperTurnLimit turnLimit;
    private final Clock clock;

    public ShareAttachmentService(Conversations conversations, AttachmentStore store, TurnRecorder recorder,
                                  UploadCheck check, ShopperTurnLimit turnLimit, Clock clock) {
        this.conversations = new ConversationAccess(conversations);
        this.store = store;
        this.recorder = recorder;
        this.check = check;
        this.turnLimit = turnLimit;
        this.clock = clock;
    }

    @Override
    public Mono<Message> shopperShares(String conversationId, ShopperCredential credential, Upload upload) {
        return conversations.openedBy(conversationId, credential)
                .doOnNext(conversation -> turnLimit.take(conversation.id()).ifPresent(wait -> {
                    throw new TooManyTurnsException(conversation.id(), wait);
                }))
                .flatMap(opened -> share(conversationId, upload, (conversation, name, at) -> Message.shopper(
                        conversationId, conversation.lastSeq() + 1, name, at, new Message.Understanding(
                                conversation.language().code(), Optional.empty(), Optional.empty()))));
    }

    @Override
    public Mono<Message> agentShares(String agent, String conversationId, Upload upload) {
        return conversations.existing(conversationId)
                .doOnNext(conversation -> HeldChat.require(conversation, agent))
                .flatMap(held -> share(conversationId, upload, (conversation, name, at) -> {
                    HeldChat.require(conversation, agent);
                    return Message.agent(conversationId, conversation.lastSeq() + 1, name, at, agent);
                }));
    }

    /** Who says the message that carries the file, as the conversation is when the turn is computed. */
    @FunctionalInterface
    private interface Sender {
        Message says(Conversation conversation, String fileName, Instant at);
    }

    private Mono<Message> share(String conversationId, Upload upload, Sender sender) {
        // Decoding and re-encoding an image is CPU work: off the event loop.
        return Mono.fromCallable(() -> check.check(upload))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(checked -> {
                    Instant now = clock.instant();
                    AttachedFile file = new AttachedFile(UUID.randomUUID().toString(), checked.name(),
                            checked.type().mediaType(), checked.content().length);
                    return store.save(new Attachment(conversationId, file, checked.content(), now))
                            .then(Mono.defer(() -> conversations.existing(conversationId))
                                    .flatMap(conversation -> {
                                        Instant at = clock.instant();
                                        Message carrying = sender.says(conversation, file.name(), at).withAttachment(file);
                                        return recorder.record(ConversationTurn.of(conversation,
                                                        conversation.advanced(1, at), List.of(carrying)))
                                                .thenReturn(carrying);
                                    })
                                    .retryWhen(ConcurrentTurnException.retries()));
                });
    }

}
