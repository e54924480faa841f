package dev.tandem.adapters.persistence;

import dev.tandem.intents.Language;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.r2dbc.core.Parameter;

/** Column values shared by the R2DBC adapters: UTC timestamps, typed NULLs, language codes. */
final class Columns {

    private Columns() {
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

    static Language language(String code) {
        return Language.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unsupported language '" + code + "' in the database"));
    }
}
