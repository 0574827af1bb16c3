package vn.hoso.archive.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deadlines on the shipped 2025 schedule and on provisional years, in Hanoi time. */
class WorkingCalendarTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static WorkingCalendar calendar;

    @BeforeAll
    static void loadShippedSchedules() throws IOException {
        OfficeHours hours = new OfficeHours(HANOI, LocalTime.of(7, 30), LocalTime.of(17, 0), LocalTime.of(15, 0));
        calendar = CalendarConfiguration.load(hours, "");
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant();
    }

    private static WorkingCalendar.Deadline deadline(String receivedAt, int workingDays) {
        return calendar.deadline(at(receivedAt), workingDays);
    }

    @Test
    void lunarNewYearIsSkipped() {
        assertThat(deadline("2025-01-24T10:00", 3).dueAt()).isEqualTo(at("2025-02-05T17:00"));
    }

    @Test
    void theNationalDayBridgeIsSkipped() {
        assertThat(deadline("2025-08-29T10:00", 1).dueAt()).isEqualTo(at("2025-09-03T17:00"));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 8, 29), LocalDate.of(2025, 9, 3))).isEqualTo(1);
    }

    @Test
    void aSaturdayWorkedInExchangeCountsAndTheSwappedFridayDoesNot() {
        assertThat(deadline("2025-04-25T10:00", 1).dueAt()).isEqualTo(at("2025-04-26T17:00"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(deadline("2025-04-29T10:00", 1).dueAt()).isEqualTo(at("2025-05-05T17:00"));
    }

    @Test
    void countingBackSkipsTheNationalDayBridgeAndTheWeekend() {
        assertThat(calendar.minusWorkingDays(LocalDate.of(2025, 9, 3), 1)).isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(calendar.minusWorkingDays(LocalDate.of(2025, 9, 3), 2)).isEqualTo(LocalDate.of(2025, 8, 28));
    }

    @Test
    void aWeekendReceiptCountsFromMonday() {
        assertThat(calendar.effectiveReceiptDay(at("2025-07-05T09:00"))).isEqualTo(LocalDate.of(2025, 7, 7));
        assertThat(deadline("2025-07-05T09:00", 2).dueAt()).isEqualTo(at("2025-07-09T17:00"));
    }

    @Test
    void aReceiptAfterClosingTimeCountsFromTheNextWorkingDay() {
        assertThat(deadline("2025-07-07T16:59", 1).dueAt()).isEqualTo(at("2025-07-08T17:00"));
        assertThat(deadline("2025-07-07T17:00", 1).dueAt()).isEqualTo(at("2025-07-09T17:00"));
    }

    @Test
    void sameDayProceduresAreDueTonightBeforeTheCutoffAndTomorrowAfterIt() {
        assertThat(deadline("2025-07-08T09:00", 0).dueAt()).isEqualTo(at("2025-07-08T17:00"));
        assertThat(deadline("2025-07-08T15:30", 0).dueAt()).isEqualTo(at("2025-07-09T17:00"));
        assertThat(deadline("2025-07-12T09:00", 0).dueAt()).isEqualTo(at("2025-07-15T17:00"));
    }

    @Test
    void yearsWithoutAnOfficialScheduleGiveProvisionalDeadlines() {
        assertThat(deadline("2025-07-08T09:00", 30).provisional()).isFalse();
        assertThat(deadline("2025-12-15T09:00", 30).provisional()).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 4))).isTrue();
    }
}
