package dev.tandem.bot.shopper;

import dev.tandem.bot.shopper.port.Conversations;
import dev.tandem.bot.shopper.port.Transcripts;
import dev.tandem.bot.conversation.Message;
import reactor.core.publisher.Flux;

/** Serves a shopper's client the messages after the last one it has, and only for its own conversation. */
public final class ReadShopperTranscriptService implements ReadShopperTranscript {

    private final Transcripts transcripts;
    private final ConversationAccess conversations;

    public ReadShopperTranscriptService(Conversations conversations, Transcripts transcripts) {
        this.transcripts = transcripts;
        this.conversations = new ConversationAccess(conversations);
    }

    @Override
    public Flux<Message> messagesAfter(String conversationId, ShopperCredential credential, long afterSeq) {
        return conversations.openedBy(conversationId, credential)
                .flatMapMany(conversation -> transcripts.messagesAfter(conversation.id(), Math.max(0, afterSeq)));
    }
}
