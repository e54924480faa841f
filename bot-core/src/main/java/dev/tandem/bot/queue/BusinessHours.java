package dev.tandem.bot.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When the shop's agents work: opening times per weekday in the shop's time zone, minus holidays. Outside
 * them a handed-off shopper is told when the team is back and asked for an e-mail address.
 */
public final class BusinessHours {

    /** How far ahead the next opening is looked for: beyond this the shop is taken to be closed for good. */
    private static final int DAYS_AHEAD = 60;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningTime>> week;
    private final Set<LocalDate> holidays;
    private final boolean alwaysOpen;

    /** @param to exclusive; {@code 00:00} as the end means midnight */
    public record OpeningTime(LocalTime from, LocalTime to) {

        public OpeningTime {
            if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
                throw new IllegalArgumentException("opening time " + from + "-" + to + " ends before it starts");
            }
        }

        boolean contains(LocalTime time) {
            return !time.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
        }
    }

    private BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpeningTime>> week, Set<LocalDate> holidays,
                          boolean alwaysOpen) {
        this.zone = zone;
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, times) -> this.week.put(day, List.copyOf(times)));
        this.holidays = Set.copyOf(holidays);
        this.alwaysOpen = alwaysOpen;
    }

    public static BusinessHours alwaysOpen() {
        return new BusinessHours(ZoneId.of("UTC"), Map.of(), Set.of(), true);
    }

    /** A weekday missing from {@code week} is closed all day. */
    public static BusinessHours of(ZoneId zone, Map<DayOfWeek, List<OpeningTime>> week, Set<LocalDate> holidays) {
        return new BusinessHours(zone, week, holidays, false);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isOpen(Instant at) {
        if (alwaysOpen) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        return week.getOrDefault(local.getDayOfWeek(), List.of()).stream()
                .anyMatch(time -> time.contains(local.toLocalTime()));
    }

    /** When the team is next at work after {@code at}; empty when it is open now or never opens again. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        if (isOpen(at)) {
            return Optional.empty();
        }
        ZonedDateTime local = at.atZone(zone);
        for (int days = 0; days <= DAYS_AHEAD; days++) {
            LocalDate date = local.toLocalDate().plusDays(days);
            if (holidays.contains(date)) {
                continue;
            }
            for (OpeningTime time : sorted(week.getOrDefault(date.getDayOfWeek(), List.of()))) {
                ZonedDateTime opening = date.atTime(time.from()).atZone(zone);
                if (opening.isAfter(local)) {
                    return Optional.of(opening);
                }
            }
        }
        return Optional.empty();
    }

    private static List<OpeningTime> sorted(List<OpeningTime> times) {
        return times.stream().sorted((a, b) -> a.from().compareTo(b.from())).toList();
    }
}
