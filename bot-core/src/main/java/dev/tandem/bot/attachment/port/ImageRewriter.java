package dev.tandem.bot.attachment.port;

import dev.tandem.bot.attachment.FileType;
import dev.tandem.bot.attachment.UnsupportedAttachmentException;

/**
 * Outgoing port: draws an image's pixels into a new file of its type, so nothing else the file carried survives
 * (metadata such as a photo's GPS position, or a script appended to the picture).
 */
@FunctionalInterface
public interface ImageRewriter {

    /** @throws UnsupportedAttachmentException when the bytes do not decode as an image of that type */
    byte[] rewrite(FileType type, byte[] content);
}
