package dev.tandem.adapters.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Lenient reading of shop API payloads: absent, null and blank fields are all "not there". */
final class JsonFields {

    private JsonFields() {
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return Optional.empty();
        }
        String text = value.asString();
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.values().forEach(elements::add);
        }
        return elements;
    }

    /** An ISO-8601 time with offset ({@code 2026-11-23T18:20:00+01:00}). */
    static Optional<Instant> instant(JsonNode node, String field) {
        return text(node, field).map(text -> OffsetDateTime.parse(text).toInstant());
    }

    /** A time without offset that the API documents as UTC (WooCommerce's {@code *_gmt} fields). */
    static Optional<Instant> utcInstant(JsonNode node, String field) {
        return text(node, field).map(text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    }

    /** The shop's calendar day of a time with offset. */
    static Optional<LocalDate> day(JsonNode node, String field, ZoneId zone) {
        return instant(node, field).map(instant -> instant.atZone(zone).toLocalDate());
    }

    /** "2 × Lumo T-shirt" for two, the product name alone for one. */
    static String item(String name, int quantity) {
        return quantity > 1 ? quantity + " × " + name : name;
    }
}
