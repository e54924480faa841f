package dev.tandem.bot.attachment;

/** The file is not one the chat takes (by its content): a JPEG, PNG, GIF or WebP image, or a PDF. */
public class UnsupportedAttachmentException extends RuntimeException {

    public UnsupportedAttachmentException(String message) {
        super(message);
    }
}
