package dev.tandem.bot.learning;

import java.time.Instant;
import java.util.Objects;

/** Where a learning item stands: waiting for an editor, closed by an action that taught the bot, or dismissed. */
public sealed interface ItemState {

    /** The name the API and the store use. */
    String code();

    record Open() implements ItemState {
        @Override
        public String code() {
            return "open";
        }
    }

    /** An editor's action dealt with it: an example added, an FAQ answer linked or written. */
    record Closed(ClosingAction action, String editor, Instant at) implements ItemState {
        public Closed {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String code() {
            return "closed";
        }
    }

    /** Not worth teaching (noise, abuse, a one-off). */
    record Dismissed(String editor, Instant at) implements ItemState {
        public Dismissed {
            Objects.requireNonNull(editor, "editor");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String code() {
            return "dismissed";
        }
    }

    /** What closed an item: the learning actions of the editor page. */
    enum ClosingAction {
        /** "Add as an example of intent …". */
        EXAMPLE_ADDED,
        /** "Answer with FAQ …": the question became an alternative question of an existing entry. */
        ANSWERED_WITH_FAQ,
        /** "New FAQ from this", or an agent's answer accepted as a draft FAQ entry. */
        NEW_FAQ;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static java.util.Optional<ClosingAction> fromCode(String code) {
            for (ClosingAction action : values()) {
                if (action.code().equals(code)) {
                    return java.util.Optional.of(action);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
