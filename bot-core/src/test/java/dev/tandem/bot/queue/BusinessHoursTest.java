package dev.tandem.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.bot.queue.BusinessHours.OpeningTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static final List<OpeningTime> NINE_TO_FIVE = List.of(range("09:00", "17:00"));

    /** Mon–Fri 09–17, Saturday 10–14, Sunday closed; 11 November (a Wednesday in 2026) is a holiday. */
    private static final BusinessHours SHOP = BusinessHours.of(WARSAW, Map.of(
            DayOfWeek.MONDAY, NINE_TO_FIVE,
            DayOfWeek.TUESDAY, NINE_TO_FIVE,
            DayOfWeek.WEDNESDAY, NINE_TO_FIVE,
            DayOfWeek.THURSDAY, NINE_TO_FIVE,
            DayOfWeek.FRIDAY, NINE_TO_FIVE,
            DayOfWeek.SATURDAY, List.of(range("10:00", "14:00"))),
            Set.of(LocalDate.parse("2026-11-11")));

    private static OpeningTime range(String from, String to) {
        return new OpeningTime(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static ZonedDateTime warsaw(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(WARSAW);
    }

    @Nested
    class OnAnOrdinaryWeekday {

        @Test
        void givenWednesdayMorningInWarsaw_whenAsked_thenItIsOpen() {
            // 10:00Z is 11:00 in Warsaw (CET, UTC+1)
            assertThat(SHOP.isOpen(at("2026-11-25T10:00:00Z"))).isTrue();
        }

        @Test
        void givenTheFirstMinuteOfTheDay_whenAsked_thenTheOpeningTimeIsInclusive() {
            assertThat(SHOP.isOpen(at("2026-11-25T08:00:00Z"))).isTrue();
            assertThat(SHOP.isOpen(at("2026-11-25T07:59:59Z"))).isFalse();
        }

        @Test
        void givenClosingTime_whenAsked_thenTheEndIsExclusive() {
            assertThat(SHOP.isOpen(at("2026-11-25T15:59:59Z"))).isTrue();
            assertThat(SHOP.isOpen(at("2026-11-25T16:00:00Z"))).isFalse();
        }

        @Test
        void givenEarlyMorning_whenAskedForTheNextOpening_thenItIsNineTheSameDay() {
            assertThat(SHOP.nextOpening(at("2026-11-25T06:30:00Z")))
                    .contains(warsaw("2026-11-25T09:00"));
        }

        @Test
        void givenAfterClosing_whenAskedForTheNextOpening_thenItIsNineTheNextDay() {
            assertThat(SHOP.nextOpening(at("2026-11-25T18:00:00Z")))
                    .contains(warsaw("2026-11-26T09:00"));
        }

        @Test
        void givenOpenNow_whenAskedForTheNextOpening_thenThereIsNone() {
            assertThat(SHOP.nextOpening(at("2026-11-25T10:00:00Z"))).isEmpty();
        }

        @Test
        void givenTheNextOpening_thenItIsInTheShopsZone() {
            assertThat(SHOP.nextOpening(at("2026-11-25T18:00:00Z")).orElseThrow().getZone()).isEqualTo(WARSAW);
            assertThat(SHOP.zone()).isEqualTo(WARSAW);
        }
    }

    @Nested
    class TimeZone {

        @Test
        void givenAnInstantInsideNineToFiveUtcButAfterFiveInWarsaw_whenAsked_thenItIsClosed() {
            // 16:30Z is 17:30 in Warsaw
            assertThat(SHOP.isOpen(at("2026-11-25T16:30:00Z"))).isFalse();
        }

        @Test
        void givenAnInstantBeforeNineUtcButAfterNineInWarsaw_whenAsked_thenItIsOpen() {
            // 08:30Z is 09:30 in Warsaw
            assertThat(SHOP.isOpen(at("2026-11-25T08:30:00Z"))).isTrue();
        }

        @Test
        void givenSaturdayAfternoonThatIsStillWithinHoursInUtc_whenAsked_thenWarsawTimeDecidesItIsClosed() {
            // Saturday 13:30Z is 14:30 in Warsaw, after the 10–14 Saturday hours
            assertThat(SHOP.isOpen(at("2026-11-28T13:30:00Z"))).isFalse();
            assertThat(SHOP.nextOpening(at("2026-11-28T13:30:00Z"))).contains(warsaw("2026-11-30T09:00"));
        }
    }

    @Nested
    class Weekend {

        @Test
        void givenFridayEvening_whenAskedForTheNextOpening_thenItIsSaturdayAtTen() {
            assertThat(SHOP.nextOpening(at("2026-11-27T16:30:00Z"))).contains(warsaw("2026-11-28T10:00"));
        }

        @Test
        void givenSaturdayWithShorterHours_whenAsked_thenOnlyThoseHoursAreOpen() {
            assertThat(SHOP.isOpen(at("2026-11-28T08:30:00Z"))).as("09:30 Saturday").isFalse();
            assertThat(SHOP.isOpen(at("2026-11-28T09:00:00Z"))).as("10:00 Saturday").isTrue();
            assertThat(SHOP.isOpen(at("2026-11-28T13:00:00Z"))).as("14:00 Saturday").isFalse();
        }

        @Test
        void givenSaturdayAfterClosing_whenAskedForTheNextOpening_thenSundayIsSkippedForMonday() {
            assertThat(SHOP.nextOpening(at("2026-11-28T13:00:00Z"))).contains(warsaw("2026-11-30T09:00"));
        }

        @Test
        void givenSundayNoon_whenAsked_thenItIsClosedUntilMonday() {
            Instant sundayNoon = at("2026-11-29T11:00:00Z");

            assertThat(SHOP.isOpen(sundayNoon)).isFalse();
            assertThat(SHOP.nextOpening(sundayNoon)).contains(warsaw("2026-11-30T09:00"));
        }
    }

    @Nested
    class Holiday {

        @Test
        void givenAHolidayOnAWeekday_whenAskedDuringNormalHours_thenItIsClosed() {
            assertThat(SHOP.isOpen(at("2026-11-11T10:00:00Z"))).isFalse();
        }

        @Test
        void givenTheMorningOfAHoliday_whenAskedForTheNextOpening_thenItIsTheDayAfter() {
            assertThat(SHOP.nextOpening(at("2026-11-11T07:00:00Z"))).contains(warsaw("2026-11-12T09:00"));
        }

        @Test
        void givenTheEveningBeforeAHoliday_whenAskedForTheNextOpening_thenTheHolidayIsSkipped() {
            assertThat(SHOP.nextOpening(at("2026-11-10T17:00:00Z"))).contains(warsaw("2026-11-12T09:00"));
        }

        @Test
        void givenTheDayBeforeAndAfterAHoliday_whenAsked_thenTheyAreOrdinaryDays() {
            assertThat(SHOP.isOpen(at("2026-11-10T10:00:00Z"))).isTrue();
            assertThat(SHOP.isOpen(at("2026-11-12T10:00:00Z"))).isTrue();
        }
    }

    @Nested
    class DaylightSavingChange {

        /** Every day 09–17 in Warsaw; on 2026-10-25 the clocks go back from CEST (UTC+2) to CET (UTC+1). */
        private final BusinessHours daily = BusinessHours.of(WARSAW, Map.of(
                DayOfWeek.SATURDAY, NINE_TO_FIVE,
                DayOfWeek.SUNDAY, NINE_TO_FIVE), Set.of());

        @Test
        void givenSaturdayBeforeTheChange_whenAsked_thenNineLocalIsSevenUtc() {
            assertThat(daily.isOpen(at("2026-10-24T06:59:59Z"))).isFalse();
            assertThat(daily.isOpen(at("2026-10-24T07:00:00Z"))).isTrue();
            assertThat(daily.isOpen(at("2026-10-24T14:59:59Z"))).isTrue();
            assertThat(daily.isOpen(at("2026-10-24T15:00:00Z"))).isFalse();
        }

        @Test
        void givenTheChangeDay_whenAsked_thenNineLocalIsEightUtc() {
            assertThat(daily.isOpen(at("2026-10-25T07:30:00Z"))).as("08:30 CET").isFalse();
            assertThat(daily.isOpen(at("2026-10-25T08:00:00Z"))).as("09:00 CET").isTrue();
            assertThat(daily.isOpen(at("2026-10-25T15:59:59Z"))).as("16:59:59 CET").isTrue();
            assertThat(daily.isOpen(at("2026-10-25T16:00:00Z"))).as("17:00 CET").isFalse();
        }

        @Test
        void givenSaturdayEveningInSummerTime_whenAskedForTheNextOpening_thenItIsSundayNineInWinterTime() {
            ZonedDateTime next = daily.nextOpening(at("2026-10-24T16:00:00Z")).orElseThrow();

            assertThat(next.toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-10-25T09:00"));
            assertThat(next.toInstant()).isEqualTo(at("2026-10-25T08:00:00Z"));
        }

        @Test
        void givenTheRepeatedHourOfTheChangeNight_whenAskedForTheNextOpening_thenItIsSundayNine() {
            // 00:30Z and 01:30Z are both "02:30" local: once in summer, once in winter time
            assertThat(daily.nextOpening(at("2026-10-25T00:30:00Z")).orElseThrow().toInstant())
                    .isEqualTo(at("2026-10-25T08:00:00Z"));
            assertThat(daily.nextOpening(at("2026-10-25T01:30:00Z")).orElseThrow().toInstant())
                    .isEqualTo(at("2026-10-25T08:00:00Z"));
        }
    }

    @Nested
    class RangesEndingAtMidnight {

        /** Friday 18:00–24:00 and Saturday 18:00–24:00 (written 00:00); nothing else. */
        private final BusinessHours evenings = BusinessHours.of(WARSAW, Map.of(
                DayOfWeek.FRIDAY, List.of(range("18:00", "00:00")),
                DayOfWeek.SATURDAY, List.of(range("18:00", "00:00"))), Set.of());

        @Test
        void givenTheLastSecondBeforeMidnight_whenAsked_thenItIsOpen() {
            assertThat(evenings.isOpen(at("2026-11-27T22:59:59Z"))).as("Friday 23:59:59").isTrue();
        }

        @Test
        void givenMidnight_whenAsked_thenTheRangeHasEndedAndTheNextDayIsClosedUntilItsOwnRange() {
            assertThat(evenings.isOpen(at("2026-11-27T23:00:00Z"))).as("Saturday 00:00").isFalse();
            assertThat(evenings.nextOpening(at("2026-11-27T23:00:00Z"))).contains(warsaw("2026-11-28T18:00"));
        }

        @Test
        void givenTheEveningOfTheDaylightSavingChange_whenAsked_thenMidnightIsLocalMidnight() {
            // Saturday 2026-10-24 is still summer time: 23:59:59 local is 21:59:59Z
            assertThat(evenings.isOpen(at("2026-10-24T21:59:59Z"))).isTrue();
            assertThat(evenings.isOpen(at("2026-10-24T22:00:00Z"))).isFalse();
        }

        @Test
        void givenTheWholeDayWrittenAsMidnightToMidnight_whenAsked_thenItIsOpenAllDay() {
            BusinessHours allSunday = BusinessHours.of(WARSAW,
                    Map.of(DayOfWeek.SUNDAY, List.of(range("00:00", "00:00"))), Set.of());

            assertThat(allSunday.isOpen(at("2026-11-28T23:00:00Z"))).as("Sunday 00:00").isTrue();
            assertThat(allSunday.isOpen(at("2026-11-29T22:59:59Z"))).as("Sunday 23:59:59").isTrue();
            assertThat(allSunday.isOpen(at("2026-11-29T23:00:00Z"))).as("Monday 00:00").isFalse();
        }
    }

    @Nested
    class OpeningTimes {

        @Test
        void givenARangeEndingBeforeItStarts_whenCreated_thenItIsRejected() {
            assertThatThrownBy(() -> range("17:00", "09:00"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("17:00-09:00");
        }

        @Test
        void givenAnEmptyRange_whenCreated_thenItIsRejected() {
            assertThatThrownBy(() -> range("09:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void givenSeveralRangesInADayListedOutOfOrder_whenAskedDuringTheBreak_thenTheNextOpeningIsAfterTheBreak() {
            BusinessHours withLunch = BusinessHours.of(WARSAW, Map.of(
                    DayOfWeek.WEDNESDAY, List.of(range("13:00", "17:00"), range("09:00", "12:00"))), Set.of());

            assertThat(withLunch.isOpen(at("2026-11-25T11:30:00Z"))).as("12:30").isFalse();
            assertThat(withLunch.nextOpening(at("2026-11-25T11:30:00Z"))).contains(warsaw("2026-11-25T13:00"));
            assertThat(withLunch.nextOpening(at("2026-11-25T06:00:00Z"))).contains(warsaw("2026-11-25T09:00"));
        }
    }

    @Nested
    class AlwaysAndNever {

        @Test
        void givenAlwaysOpen_whenAskedAtAnyTime_thenItIsOpenWithNoNextOpening() {
            BusinessHours always = BusinessHours.alwaysOpen();

            for (String instant : List.of("2026-11-29T03:00:00Z", "2026-11-11T10:00:00Z", "2026-10-25T01:30:00Z")) {
                assertThat(always.isOpen(at(instant))).as(instant).isTrue();
                assertThat(always.nextOpening(at(instant))).as(instant).isEmpty();
            }
        }

        @Test
        void givenNoOpeningTimesAtAll_whenAsked_thenItIsClosedAndNeverOpens() {
            BusinessHours never = BusinessHours.of(WARSAW, Map.of(), Set.of());

            assertThat(never.isOpen(at("2026-11-25T10:00:00Z"))).isFalse();
            assertThat(never.nextOpening(at("2026-11-25T10:00:00Z"))).isEmpty();
        }
    }
}
