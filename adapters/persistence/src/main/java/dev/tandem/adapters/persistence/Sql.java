package dev.tandem.adapters.persistence;

import dev.tandem.intents.Language;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.r2dbc.core.Parameter;

/** Column conversions shared by the R2DBC adapters: UTC timestamps, typed NULLs, language codes. */
final class Sql {

    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    /** SQLSTATE of a duplicate key, on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Readable row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }

    static Parameter nullable(Optional<String> value) {
        return nullable(value, String.class);
    }

    static <T> Parameter nullable(Optional<T> value, Class<T> type) {
        return Parameter.fromOrEmpty(value.orElse(null), type);
    }

    /**
     * Whether a write failed because another transaction was changing the same row: H2's lock timeout or
     * concurrent update, PostgreSQL's serialization failure or deadlock, or a key another transaction inserted
     * first (a message seq, an agent's first {@code agent_desk} row). Such a write is recomputed, not reported.
     */
    static boolean isWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc) {
                String state = r2dbc.getSqlState() == null ? "" : r2dbc.getSqlState();
                int code = r2dbc.getErrorCode();
                if (code == H2_LOCK_TIMEOUT || code == H2_CONCURRENT_UPDATE || state.equals("40001") || state.equals("40P01")
                        || state.equals(UNIQUE_VIOLATION)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static Language language(String code) {
        return Language.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unsupported language '" + code + "' in the database"));
    }
}
