package dev.tandem.bot.conversation;

import java.util.Objects;

/**
 * What a message says about the file it carries: enough to show it (a thumbnail or a file chip) and to fetch
 * it; the bytes stay in the attachment store.
 *
 * @param mediaType the type the bytes were found to be (never the one the sender claimed)
 * @param size      in bytes, as stored
 */
public record AttachedFile(String id, String name, String mediaType, long size) {

    public AttachedFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public boolean image() {
        return mediaType.startsWith("image/");
    }
}
