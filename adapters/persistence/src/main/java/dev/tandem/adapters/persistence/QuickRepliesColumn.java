package dev.tandem.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Quick-reply labels are stored as one JSON array column: they are always read and written together. */
@Component
class QuickRepliesColumn {

    private static final TypeReference<List<String>> LABELS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    QuickRepliesColumn(ObjectMapper json) {
        this.json = json;
    }

    Optional<String> write(List<String> labels) {
        return labels.isEmpty() ? Optional.empty() : Optional.of(json.writeValueAsString(labels));
    }

    List<String> read(String column) {
        return column == null ? List.of() : json.readValue(column, LABELS);
    }
}
