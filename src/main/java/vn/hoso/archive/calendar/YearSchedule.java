package vn.hoso.archive.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year's days off and extra working days. A year whose official schedule has not been entered gets a
 * provisional one: the public holidays fixed in the solar calendar (1/1, 30/4, 1/5, 2/9), each moved to the next
 * working day when it falls on a weekend. Lunar holidays (Tết, Hùng Kings) and the day next to 2/9 are then missing,
 * so provisional deadlines can only come out earlier than the real ones, never later.
 */
record YearSchedule(int year, Set<LocalDate> daysOff, Set<LocalDate> extraWorkdays, boolean provisional) {

    private static final List<MonthDay> SOLAR_HOLIDAYS = List.of(
            MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2));

    YearSchedule {
        daysOff = Set.copyOf(daysOff);
        extraWorkdays = Set.copyOf(extraWorkdays);
    }

    static YearSchedule provisional(int year) {
        Set<LocalDate> daysOff = new HashSet<>();
        for (MonthDay holiday : SOLAR_HOLIDAYS) {
            LocalDate day = holiday.atYear(year);
            while (isWeekend(day) || daysOff.contains(day)) {
                day = day.plusDays(1);
            }
            daysOff.add(day);
        }
        return new YearSchedule(year, daysOff, Set.of(), true);
    }

    boolean isWorkingDay(LocalDate day) {
        return extraWorkdays.contains(day) || !(isWeekend(day) || daysOff.contains(day));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
