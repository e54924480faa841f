package dev.tandem.bot.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.intents.Language;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class QueueNoticesTest {

    /** Wednesday 11:00 in Warsaw. */
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T10:00:00Z");
    /** Saturday 18:00 in Warsaw. */
    private static final Instant SATURDAY_EVENING = Instant.parse("2026-11-28T17:00:00Z");

    /** Monday to Friday 09–17 in Warsaw. */
    private static final BusinessHours WEEKDAYS = BusinessHours.of(ZoneId.of("Europe/Warsaw"), Map.of(
            DayOfWeek.MONDAY, List.of(nineToFive()),
            DayOfWeek.TUESDAY, List.of(nineToFive()),
            DayOfWeek.WEDNESDAY, List.of(nineToFive()),
            DayOfWeek.THURSDAY, List.of(nineToFive()),
            DayOfWeek.FRIDAY, List.of(nineToFive())), Set.of());

    private static BusinessHours.OpeningTime nineToFive() {
        return new BusinessHours.OpeningTime(LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    private static QueueStatus status(int position, Duration wait) {
        return new QueueStatus(position, Optional.of(wait));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | You are number 3 in the queue; the expected wait is about 4 min.
            PL | Jesteś 3. w kolejce; przewidywany czas oczekiwania to około 4 min.
            RU | Вы 3-й в очереди; ожидание — примерно 4 мин.
            UK | Ви 3-й у черзі; очікування — приблизно 4 хв.
            """)
    void givenSomeoneAtWork_whenNotified_thenPositionAndWaitInTheShoppersLanguage(Language language, String expected) {
        String notice = QueueNotices.of(language, status(3, Duration.ofSeconds(230)), true, WEEKDAYS, WEDNESDAY);

        assertThat(notice).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | You are number 2 in the queue.
            PL | Jesteś 2. w kolejce.
            RU | Вы 2-й в очереди.
            UK | Ви 2-й у черзі.
            """)
    void givenNoEstimate_whenNotified_thenOnlyThePosition(Language language, String expected) {
        String notice = QueueNotices.of(language, new QueueStatus(2, Optional.empty()), true, WEEKDAYS, WEDNESDAY);

        assertThat(notice).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "0, 1",
            "1, 1",
            "59, 1",
            "60, 1",
            "61, 2",
            "119, 2",
            "120, 2",
            "121, 3",
            "3600, 60"})
    void givenAWaitInSeconds_whenNotified_thenWholeMinutesRoundedUpAndAtLeastOne(long seconds, long minutes) {
        String notice = QueueNotices.of(Language.EN, status(1, Duration.ofSeconds(seconds)), true, WEEKDAYS, WEDNESDAY);

        assertThat(notice).isEqualTo("You are number 1 in the queue; the expected wait is about " + minutes + " min.");
    }

    @Test
    void givenASubSecondWait_whenNotified_thenItIsStillOneMinute() {
        String notice = QueueNotices.of(Language.EN, status(1, Duration.ofMillis(400)), true, WEEKDAYS, WEDNESDAY);

        assertThat(notice).contains("about 1 min");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | Our team is not at work right now; we are back on Monday 09:00 (Europe/Warsaw). Leave your e-mail address here and we will answer you there.
            PL | Nasz zespół teraz nie pracuje; wracamy: poniedziałek 09:00 (Europe/Warsaw). Zostaw tutaj swój adres e-mail, a odpowiemy Ci mailowo.
            RU | Сейчас наша команда не работает; мы вернёмся: понедельник 09:00 (Europe/Warsaw). Оставьте здесь свой e-mail, и мы ответим вам на почту.
            UK | Зараз наша команда не працює; ми повернемося: понеділок 09:00 (Europe/Warsaw). Залиште тут свій e-mail, і ми відповімо вам на пошту.
            """)
    void givenTheShopClosed_whenNotified_thenTheNextOpeningIsNamedInTheShoppersLanguage(Language language,
                                                                                       String expected) {
        String notice = QueueNotices.of(language, status(1, Duration.ofMinutes(3)), false, WEEKDAYS, SATURDAY_EVENING);

        assertThat(notice).isEqualTo(expected);
    }

    @Test
    void givenClosedOnAWeekdayEvening_whenNotified_thenTheNextDayIsNamedInTheShopsZone() {
        // Wednesday 16:30Z is 17:30 in Warsaw: back Thursday 09:00 Warsaw time (08:00Z)
        String notice = QueueNotices.of(Language.EN, new QueueStatus(1, Optional.empty()), false, WEEKDAYS,
                Instant.parse("2026-11-25T16:30:00Z"));

        assertThat(notice).contains("we are back on Thursday 09:00 (Europe/Warsaw)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | Nobody from our team is online right now. Leave your e-mail address here and we will answer as soon as someone is back.
            PL | Nikogo z zespołu nie ma teraz na miejscu. Zostaw tutaj swój adres e-mail, a odpowiemy, gdy tylko ktoś wróci.
            RU | Сейчас никого из команды нет на месте. Оставьте здесь свой e-mail, и мы ответим, как только кто-то вернётся.
            UK | Зараз нікого з команди немає на місці. Залиште тут свій e-mail, і ми відповімо, щойно хтось повернеться.
            """)
    void givenOpeningHoursButNobodyOnline_whenNotified_thenNobodyOnlineText(Language language, String expected) {
        String notice = QueueNotices.of(language, new QueueStatus(1, Optional.empty()), false, WEEKDAYS, WEDNESDAY);

        assertThat(notice).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenAlwaysOpenButNobodyOnline_whenNotified_thenNobodyOnlineTextWithoutATime(Language language) {
        String notice = QueueNotices.of(language, new QueueStatus(1, Optional.empty()), false,
                BusinessHours.alwaysOpen(), SATURDAY_EVENING);

        assertThat(notice).contains("e-mail").doesNotContain(":00");
    }

    @Test
    void givenHoursThatNeverOpen_whenNotified_thenNobodyOnlineText() {
        BusinessHours never = BusinessHours.of(ZoneId.of("Europe/Warsaw"), Map.of(), Set.of());

        String notice = QueueNotices.of(Language.EN, new QueueStatus(1, Optional.empty()), false, never, WEDNESDAY);

        assertThat(notice).startsWith("Nobody from our team is online right now.");
    }

    @Test
    void givenSomeoneAtWorkOutsideOpeningHours_whenNotified_thenThePositionIsToldAnyway() {
        String notice = QueueNotices.of(Language.EN, status(1, Duration.ofSeconds(30)), true, WEEKDAYS,
                SATURDAY_EVENING);

        assertThat(notice).isEqualTo("You are number 1 in the queue; the expected wait is about 1 min.");
    }
}
