package dev.tandem.adapters.events;

/**
 * Reads the shared content directory again when an editor saved on another node ({@link ContentChangeRelay} is
 * how that node tells).
 */
@FunctionalInterface
public interface ContentReload {

    void reload();
}
