package dev.tandem.bot.dialogue;

import dev.tandem.intents.entities.Entity;
import dev.tandem.intents.entities.EntityExtractor;
import dev.tandem.intents.entities.EntityType;
import java.util.List;
import java.util.Optional;

/** What a shopper's message gives for an order question: the order number and a contact to verify it with. */
public record OrderAnswers(Optional<String> orderNumber, Optional<String> email, Optional<String> phone) {

    private static final EntityExtractor ENTITIES = new EntityExtractor();

    public static OrderAnswers in(String text) {
        List<Entity> found = ENTITIES.extract(text);
        return new OrderAnswers(first(found, EntityType.ORDER_NUMBER), first(found, EntityType.EMAIL),
                first(found, EntityType.PHONE));
    }

    static boolean hasOrderDetails(String text) {
        OrderAnswers answers = in(text);
        return answers.orderNumber().isPresent() || answers.hasContact();
    }

    public boolean hasContact() {
        return email.isPresent() || phone.isPresent();
    }

    private static Optional<String> first(List<Entity> found, EntityType type) {
        return found.stream().filter(entity -> entity.type() == type).map(Entity::value).findFirst();
    }
}
