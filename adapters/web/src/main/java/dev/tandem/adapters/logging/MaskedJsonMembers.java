package dev.tandem.adapters.logging;

import dev.tandem.bot.privacy.PersonalDataMasking;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Structured (JSON) log lines with personal data masked as in the plain ones: every text value of the line (the
 * message, the stack trace, MDC and key-value pairs) goes through {@link PersonalDataMasking}, whichever format
 * ({@code ecs}, {@code logstash}, {@code gelf}) is chosen. Named by {@code logging.structured.json.customizer}.
 */
public class MaskedJsonMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataMasking::mask));
    }
}
