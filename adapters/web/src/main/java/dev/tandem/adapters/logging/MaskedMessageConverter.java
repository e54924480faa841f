package dev.tandem.adapters.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.tandem.bot.privacy.PersonalDataMasking;

/**
 * {@code %m} / {@code %msg} / {@code %message} with personal data masked ({@link PersonalDataMasking}).
 * Registered for those conversion words in {@code logback-spring.xml}, so every logger's lines are covered,
 * the framework's and libraries' included, not just the calls that remember to mask.
 */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMasking.mask(super.convert(event));
    }
}
