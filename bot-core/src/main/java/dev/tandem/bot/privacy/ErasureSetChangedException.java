package dev.tandem.bot.privacy;

import java.util.List;

/**
 * An erasure was confirmed for conversations that are not (or no longer) the customer's: nothing is deleted,
 * and the admin sees the set as it is now.
 */
public final class ErasureSetChangedException extends RuntimeException {

    private final transient Erasure current;

    public ErasureSetChangedException(Erasure current, List<String> notTheirs) {
        super(notTheirs.size() + " of the confirmed conversations are not conversations of this customer "
                + notTheirs + "; nothing was erased: ask again with dryRun=true");
        this.current = current;
    }

    public Erasure current() {
        return current;
    }
}
