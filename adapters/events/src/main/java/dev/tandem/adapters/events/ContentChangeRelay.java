package dev.tandem.adapters.events;

/** Tells the other nodes that an editor's save changed the shared content directory, so they reload it too. */
public interface ContentChangeRelay {

    void contentChanged();
}
