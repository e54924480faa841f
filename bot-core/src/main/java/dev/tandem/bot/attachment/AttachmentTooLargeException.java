package dev.tandem.bot.attachment;

/** The file is larger than the configured limit. */
public class AttachmentTooLargeException extends RuntimeException {

    private final long maxBytes;

    public AttachmentTooLargeException(long maxBytes) {
        super("the file is too large; attach at most " + AttachmentLimits.readable(maxBytes));
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
