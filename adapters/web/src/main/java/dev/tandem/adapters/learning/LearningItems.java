package dev.tandem.adapters.learning;

import dev.tandem.adapters.error.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The learning items one editor decision covers: 1 to 500 ids, none missing; otherwise a 400. */
final class LearningItems {

    private static final int MAX = 500;

    private LearningItems() {
    }

    static List<Long> required(List<Long> items) {
        if (items == null || items.isEmpty() || items.size() > MAX || items.contains(null)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_items", "items must list 1 to " + MAX + " item ids");
        }
        return items;
    }
}
