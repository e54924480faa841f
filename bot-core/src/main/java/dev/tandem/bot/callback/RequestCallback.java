package dev.tandem.bot.callback;

import reactor.core.publisher.Mono;

/**
 * Use case: a shopper waiting for a person (the wait is long, or nobody is online) asks to be called back
 * instead. The request becomes an agents' task, and the transcript says it was made (in the shopper's language),
 * which is the shopper's confirmation and the agents' record.
 */
public interface RequestCallback {

    /**
     * @param token  the conversation's token
     * @param phone  as typed ({@link PhoneNumber#parse})
     * @param window {@code any-time}, {@code morning}, {@code afternoon} or {@code evening}
     */
    Mono<Requested> request(String conversationId, String token, String phone, String window);

    /** @param confirmation the transcript line that records it, as the shopper sees it */
    record Requested(CallbackRequest request, dev.tandem.bot.conversation.Message confirmation) {
    }
}
