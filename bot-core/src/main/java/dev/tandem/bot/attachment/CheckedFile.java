package dev.tandem.bot.attachment;

/** A file that passed the checks: its type by content, a clean name, and the bytes to keep. */
public record CheckedFile(FileType type, String name, byte[] content) {
}
