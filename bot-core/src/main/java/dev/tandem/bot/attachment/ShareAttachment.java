package dev.tandem.bot.attachment;

import dev.tandem.bot.conversation.Message;
import dev.tandem.bot.shopper.ShopperCredential;
import reactor.core.publisher.Mono;

/**
 * Use case: a shopper or an agent attaches a photo or a PDF to a conversation. The file is checked
 * ({@link UploadCheck}), kept, and a message carrying it is added to the transcript; the bot does not answer it.
 */
public interface ShareAttachment {

    /** The shopper (their token, or the channel they wrote through) attaches a file. */
    Mono<Message> shopperShares(String conversationId, ShopperCredential credential, Upload upload);

    /** The agent holding the conversation attaches a file to it. */
    Mono<Message> agentShares(String agent, String conversationId, Upload upload);
}
