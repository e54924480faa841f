package dev.tandem.adapters.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * What a content directory holds, as one SHA-256 over every file's path and bytes: equal exactly when no content
 * file was added, removed or changed. Hidden files and directories ({@code .git}, an editor's half-written
 * {@code .<name>.tandem-saving}) and the editors' drafts ({@code drafts/}) are nothing the bot serves. Sizes and times would be cheaper, but two saves within the file
 * system's clock tick can leave both unchanged; reading the few hundred kilobytes of a shop takes milliseconds.
 */
final class ContentFingerprint {

    private ContentFingerprint() {
    }

    static String of(Path contentDir) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (Stream<Path> paths = Files.walk(contentDir)) {
            for (Path file : paths.filter(Files::isRegularFile).filter(file -> !notServed(contentDir.relativize(file)))
                    .sorted().toList()) {
                sha256.update(contentDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                sha256.update(Files.readAllBytes(file));
                sha256.update((byte) 0);
            }
        } catch (IOException | UncheckedIOException e) {
            // Unreadable now (a file deleted mid-walk): unlike any other fingerprint, so the caller reloads and the
            // loader reports what it cannot read.
            return "unreadable " + System.nanoTime();
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A hidden file or directory, or one under {@code drafts/}. */
    static boolean notServed(Path relative) {
        if (relative.getNameCount() > 0 && relative.getName(0).toString().equals("drafts")) {
            return true;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
