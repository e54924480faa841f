package dev.tandem.adapters.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.tandem.bot.privacy.PersonalDataMasking;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's {@code %wEx} (stack traces) with personal data masked: an exception's message can quote what
 * a customer typed (an invalid e-mail, a rejected phone number).
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return PersonalDataMasking.mask(super.throwableProxyToString(proxy));
    }
}
