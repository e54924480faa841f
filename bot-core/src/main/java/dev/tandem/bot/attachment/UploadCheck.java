package dev.tandem.bot.attachment;

import dev.tandem.bot.attachment.port.ImageRewriter;
import java.util.regex.Pattern;

/**
 * What every file goes through before it is kept, whichever way it came (widget, console, Telegram, e-mail):
 * the size limit, the type by its content, the image rewritten, the name made safe to show.
 */
public final class UploadCheck {

    private static final int MAX_NAME_LENGTH = 100;
    /** Path parts, control characters and characters that mean something in headers or markup. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"<>\\\\/:*?|;`]");

    private final AttachmentLimits limits;
    private final ImageRewriter images;

    public UploadCheck(AttachmentLimits limits, ImageRewriter images) {
        this.limits = limits;
        this.images = images;
    }

    public CheckedFile check(Upload upload) {
        byte[] content = upload.content();
        if (content.length > limits.maxBytes()) {
            throw new AttachmentTooLargeException(limits.maxBytes());
        }
        if (content.length == 0) {
            throw new UnsupportedAttachmentException("the file is empty");
        }
        FileType type = FileType.sniff(content).orElseThrow(() -> new UnsupportedAttachmentException(
                "this kind of file cannot be attached; attach a photo (JPEG, PNG, WebP, GIF) or a PDF"));
        byte[] kept = type.image() ? images.rewrite(type, content) : content;
        return new CheckedFile(type, name(upload.name(), type), kept);
    }

    /** The sender's name without its folder or its extension, with the extension of what the file really is. */
    static String name(String given, FileType type) {
        String base = given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = UNSAFE.matcher(base).replaceAll("_").strip();
        if (base.length() > MAX_NAME_LENGTH) {
            base = base.substring(0, MAX_NAME_LENGTH);
        }
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = type.image() ? "photo" : "document";
        }
        return base + "." + type.extension();
    }
}
