package dev.tandem.intents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds order numbers, e-mail addresses, phone numbers and parcel tracking numbers in a message, in that
 * order of certainty: e-mails and tracking numbers have unmistakable shapes, phones need a + or digit
 * groups, and a bare run of 6–10 digits is an order number only when it is not a date, an amount or part
 * of something already found. Thread-safe; never throws.
 */
public final class EntityExtractor {

    private static final int MAX_CHARS = 2000;

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");
    /** Our own (TRK-…), UPU S10 (RR123456785PL), Nova Poshta waybills (14 digits from 20/59), InPost (24 digits). */
    private static final Pattern TRACKING = Pattern.compile(
            "(?<![\\p{L}\\d])(?:TRK-\\d{4,}|[A-Z]{2}\\d{9}[A-Z]{2}|(?:20|59)\\d{12}|\\d{24})(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    /** International (+48 600 700 800) or grouped national numbers (600 700 800, 044-123-45-67). */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\d+])(?:\\+\\d{1,3}(?:[ .-]?\\(?\\d{1,4}\\)?){2,5}|\\d{2,3}(?:[ -]\\d{2,3}){2,4})(?![\\p{L}\\d])");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\p{L}\\d.,:/-])\\d{6,10}(?![\\d.,:/-]?\\d)");
    /** An amount: a currency sign or word right before or after the number. */
    private static final Pattern CURRENCY = Pattern.compile(
            "^\\s*(?:zł|zl|pln|uah|грн|гривень|гривен|руб|rub|eur|€|\\$|usd|złotych|zlotych)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?:zł|pln|uah|грн|\\$|€|eur|usd)\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * The text with its e-mail addresses taken out, for telling what a message is about and in which language:
     * an address is a value, not words, and its parts ("someone@…", "support@…") must not read as a request.
     */
    public static String withoutEmailAddresses(String text) {
        return text == null || text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Every e-mail address in the whole text (however long), each once, lower-case, as {@link #extract} finds
     * them: an address is always taken whole, so {@code joann@example.org} never yields {@code ann@example.org}.
     */
    public static List<String> emailAddresses(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher addresses = EMAIL.matcher(text);
        while (addresses.find()) {
            found.add(normalise(EntityType.EMAIL, addresses.group()));
        }
        return List.copyOf(found);
    }

    public List<Entity> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        List<Entity> found = new ArrayList<>();
        collect(EMAIL, EntityType.EMAIL, bounded, found);
        collect(TRACKING, EntityType.TRACKING_NUMBER, bounded, found);
        collect(PHONE, EntityType.PHONE, bounded, found);
        Matcher digits = DIGITS.matcher(bounded);
        while (digits.find()) {
            if (!overlaps(found, digits.start(), digits.end()) && !isAmount(bounded, digits.start(), digits.end())) {
                found.add(new Entity(EntityType.ORDER_NUMBER, digits.group(), digits.start(), digits.end()));
            }
        }
        found.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(found);
    }

    private static void collect(Pattern pattern, EntityType type, String text, List<Entity> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!overlaps(found, matcher.start(), matcher.end())) {
                found.add(new Entity(type, normalise(type, matcher.group()), matcher.start(), matcher.end()));
            }
        }
    }

    private static String normalise(EntityType type, String raw) {
        return switch (type) {
            case PHONE -> raw.replaceAll("[^\\d+]", "");
            case EMAIL -> raw.toLowerCase(Locale.ROOT);
            case TRACKING_NUMBER -> raw.toUpperCase(Locale.ROOT);
            case ORDER_NUMBER -> raw;
        };
    }

    private static boolean isAmount(String text, int start, int end) {
        return CURRENCY.matcher(text.substring(end)).find() || CURRENCY_BEFORE.matcher(text.substring(0, start)).find();
    }

    private static boolean overlaps(List<Entity> found, int start, int end) {
        return found.stream().anyMatch(entity -> start < entity.end() && entity.start() < end);
    }
}
