package dev.tandem.adapters.editor.writing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file's version is a hash of its bytes: a save based on an older one is refused whoever changed the file
 * since, the editor in another tab, another node, or someone with a text editor on the disk.
 */
public final class ContentVersions {

    /** The version of a file that does not exist. */
    public static final String NONE = "none";

    private ContentVersions() {
    }

    public static String of(Optional<String> text) {
        return text.map(ContentVersions::of).orElse(NONE);
    }

    public static String of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
