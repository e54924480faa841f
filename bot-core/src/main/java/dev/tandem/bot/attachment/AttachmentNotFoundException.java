package dev.tandem.bot.attachment;

/** No such attachment in that conversation. */
public class AttachmentNotFoundException extends RuntimeException {

    public AttachmentNotFoundException(String attachmentId) {
        super("attachment " + attachmentId + " not found in this conversation");
    }
}
