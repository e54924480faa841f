package dev.tandem.adapters.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code tandem.data-dir}, checked before the server writes to it: created if missing, and a small file written
 * to disk and removed again. A read-only directory or a full disk then stops the start with one line saying which
 * directory and why ({@link DataDirectoryFailureAnalyzer}), instead of a failure deep inside the database.
 */
public final class DataDirectory {

    static final String CHECK_FILE = ".tandem-write-check";
    private static final int CHECK_BYTES = 4096;
    private static final Set<Path> CHECKED = ConcurrentHashMap.newKeySet();

    private DataDirectory() {
    }

    /** The directory as an absolute path, once it has taken a write (checked once per directory and JVM). */
    public static Path writable(Path configured) {
        Path directory = configured.toAbsolutePath().normalize();
        if (CHECKED.contains(directory)) {
            return directory;
        }
        try {
            Files.createDirectories(directory);
            Path check = directory.resolve(CHECK_FILE);
            try (FileChannel file = FileChannel.open(check, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                file.write(ByteBuffer.allocate(CHECK_BYTES));
                file.force(true);
            } finally {
                Files.deleteIfExists(check);
            }
        } catch (IOException failure) {
            throw new NotWritableException(directory, reason(directory, failure));
        }
        CHECKED.add(directory);
        return directory;
    }

    /** What the operating system said, without the Java exception's wrapping. */
    private static String reason(Path directory, IOException failure) {
        String file = failure.getMessage();
        boolean itself = directory.toString().equals(file);
        if (failure instanceof AccessDeniedException) {
            return itself ? "permission denied" : "permission denied on " + file;
        }
        if (failure instanceof FileAlreadyExistsException) {
            return (itself ? "it" : file) + " is a file, not a directory";
        }
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** The data directory cannot be created or written to; the message is the one line the operator needs. */
    public static final class NotWritableException extends IllegalStateException {

        NotWritableException(Path directory, String reason) {
            super("tandem.data-dir " + directory + " is not writable: " + reason);
        }
    }
}
