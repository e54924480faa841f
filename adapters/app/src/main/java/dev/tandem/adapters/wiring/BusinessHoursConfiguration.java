package dev.tandem.adapters.wiring;

import dev.tandem.adapters.config.TandemProperties;
import dev.tandem.bot.queue.BusinessHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code tandem.hours.*} into business hours, failing start-up with the property that is wrong. */
final class BusinessHoursConfiguration {

    private BusinessHoursConfiguration() {
    }

    static BusinessHours from(TandemProperties.Hours hours) {
        if (hours.week().isEmpty()) {
            return BusinessHours.alwaysOpen();
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(hours.zone());
        } catch (DateTimeException unknown) {
            throw new IllegalStateException("tandem.hours.zone: unknown time zone '" + hours.zone() + "'");
        }
        Map<DayOfWeek, List<BusinessHours.OpeningTime>> week = new EnumMap<>(DayOfWeek.class);
        hours.week().forEach((day, ranges) -> week.put(day(day), ranges(day, ranges)));
        return BusinessHours.of(zone, week, new HashSet<>(hours.holidays()));
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("tandem.hours.week." + name + ": not a weekday (monday … sunday)");
        }
    }

    private static List<BusinessHours.OpeningTime> ranges(String day, String ranges) {
        List<BusinessHours.OpeningTime> times = new ArrayList<>();
        for (String range : ranges.split(",")) {
            String[] ends = range.strip().split("-");
            try {
                if (ends.length != 2) {
                    throw new IllegalArgumentException("expected HH:MM-HH:MM");
                }
                times.add(new BusinessHours.OpeningTime(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
            } catch (DateTimeParseException | IllegalArgumentException wrong) {
                throw new IllegalStateException("tandem.hours.week." + day + ": '" + range.strip()
                        + "' is not an opening time like 09:00-18:00 (" + wrong.getMessage() + ")");
            }
        }
        return times;
    }
}
