package dev.tandem.bot.learning;

import dev.tandem.bot.privacy.PersonalDataMasking;
import dev.tandem.intents.entities.Entity;
import dev.tandem.intents.entities.EntityExtractor;
import java.util.List;

/**
 * A shopper's words as an editor may see them. Editors need the wording, never whose it was: card numbers,
 * e-mail addresses and phone numbers are masked as in the logs ({@link PersonalDataMasking}), and order and
 * parcel numbers, which lead to one customer's order and address, become {@code [order number]} and
 * {@code [tracking number]} (also the neutral form an intent example should have). Names in free text are not
 * recognised.
 */
public final class ShopperWordsMasking {

    static final String ORDER_NUMBER = "[order number]";
    static final String TRACKING_NUMBER = "[tracking number]";
    private static final EntityExtractor ENTITIES = new EntityExtractor();

    private ShopperWordsMasking() {
    }

    public static String forEditors(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = PersonalDataMasking.mask(text);
        List<Entity> found = ENTITIES.extract(masked);
        StringBuilder out = new StringBuilder(masked.length());
        int copied = 0;
        for (Entity entity : found) {
            String placeholder = switch (entity.type()) {
                case ORDER_NUMBER -> ORDER_NUMBER;
                case TRACKING_NUMBER -> TRACKING_NUMBER;
                case EMAIL, PHONE -> null;
            };
            if (placeholder != null && entity.start() >= copied) {
                out.append(masked, copied, entity.start()).append(placeholder);
                copied = entity.end();
            }
        }
        return out.append(masked, copied, masked.length()).toString();
    }
}
