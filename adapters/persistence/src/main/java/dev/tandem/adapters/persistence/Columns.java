package dev.tandem.adapters.persistence;

import dev.tandem.intents.Language;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.r2dbc.core.Parameter;

/** Column values shared by the R2DBC adapters: UTC timestamps, typed NULLs, numbers, language codes. */
final class Columns {

    private Columns() {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Readable row, String column) {
        return row.get(column, OffsetDateTime.class).toInstant();
    }

    /** A timestamp column's UTC day as {@code yyyy-mm-dd} text, in SQL that H2 and PostgreSQL both run. */
    static String day(String column) {
        return "CAST(CAST(" + column + " AS DATE) AS VARCHAR(10))";
    }

    /** H2 and PostgreSQL return counts, ids, averages and {@code EXTRACT} as different number types. */
    static Number number(Readable row, String column) {
        return (Number) row.get(column);
    }

    /** An average or a score, empty where SQL gives NULL. */
    static Optional<Double> optionalDouble(Readable row, String column) {
        return Optional.ofNullable(number(row, column)).map(Number::doubleValue);
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
