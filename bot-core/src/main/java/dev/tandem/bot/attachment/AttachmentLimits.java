package dev.tandem.bot.attachment;

/** How large a file the chat takes ({@code tandem.attachments.max-bytes}). */
public record AttachmentLimits(long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public AttachmentLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the largest attachment must be at least one byte, not " + maxBytes);
        }
    }

    /** The limit as people read it: "10 MB", "512 KB". */
    public static String readable(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }
}
