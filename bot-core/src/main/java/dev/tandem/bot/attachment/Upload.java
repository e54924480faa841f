package dev.tandem.bot.attachment;

import java.util.Objects;

/**
 * A file as a shopper or an agent sent it: the name they gave it (shown, cleaned, never trusted for its
 * type) and its bytes.
 */
public record Upload(String name, byte[] content) {

    public Upload {
        Objects.requireNonNull(content, "content");
        name = name == null ? "" : name;
    }
}
