package dev.tandem.intents;

import java.util.Locale;
import java.util.Optional;

/** The languages Tandem speaks. Every bot text, FAQ entry and intent example exists in each. */
public enum Language {
    EN("en"),
    RU("ru"),
    UK("uk"),
    PL("pl");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, as used in content paths ({@code faq/<code>/}) and the API. */
    public String code() {
        return code;
    }

    /** Parses an ISO 639-1 code or a locale tag such as {@code pl-PL}; empty when unsupported. */
    public static Optional<Language> fromCode(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(codeOrTag.strip().replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
