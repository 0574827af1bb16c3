package vn.hoso.archive.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of the office and the deadlines counted on them. A period of N working days starts the working day
 * after the (effective) day of receipt and ends at closing time on its N-th working day; a same-day procedure ends at
 * closing time on the day of receipt, or on the next working day when received after the same-day cut-off. A dossier
 * received after closing time or on a day off counts as received on the next working day. Deadlines that touch a
 * year without an official schedule are marked provisional (see {@link YearSchedule}).
 */
public class WorkingCalendar {

    private final OfficeHours hours;
    private final Map<Integer, YearSchedule> schedules;

    WorkingCalendar(OfficeHours hours, Map<Integer, YearSchedule> officialSchedules) {
        this.hours = hours;
        this.schedules = new ConcurrentHashMap<>(officialSchedules);
    }

    /** A due date, and whether it was counted on a provisional schedule. */
    public record Deadline(Instant dueAt, boolean provisional) {
    }

    public boolean isWorkingDay(LocalDate day) {
        return scheduleOf(day.getYear()).isWorkingDay(day);
    }

    public boolean hasOfficialSchedule(int year) {
        return !scheduleOf(year).provisional();
    }

    /** The working day a receipt at this instant counts for. */
    public LocalDate effectiveReceiptDay(Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(hours.zone());
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && local.toLocalTime().isBefore(hours.closesAt())) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** When a procedure of {@code workingDays} working days (0 for same-day) received at {@code receivedAt} is due. */
    public Deadline deadline(Instant receivedAt, int workingDays) {
        LocalDate receiptDay = effectiveReceiptDay(receivedAt);
        LocalDate dueDay;
        if (workingDays == 0) {
            boolean beforeCutoff = receiptDay.equals(receivedAt.atZone(hours.zone()).toLocalDate())
                    && receivedAt.atZone(hours.zone()).toLocalTime().isBefore(hours.sameDayCutoff());
            dueDay = beforeCutoff ? receiptDay : nextWorkingDay(receiptDay);
        } else {
            dueDay = plusWorkingDays(receiptDay, workingDays);
        }
        LocalDate receivedOn = receivedAt.atZone(hours.zone()).toLocalDate();
        boolean provisional = false;
        for (int year = receivedOn.getYear(); year <= dueDay.getYear(); year++) {
            provisional |= !hasOfficialSchedule(year);
        }
        return new Deadline(closingTime(dueDay), provisional);
    }

    /** The working day that ends {@code workingDays} working days after {@code start}. */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        for (int counted = 0; counted < workingDays; counted++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** The working day {@code workingDays} working days before {@code end}. */
    public LocalDate minusWorkingDays(LocalDate end, int workingDays) {
        LocalDate day = end;
        for (int counted = 0; counted < workingDays; counted++) {
            day = day.minusDays(1);
            while (!isWorkingDay(day)) {
                day = day.minusDays(1);
            }
        }
        return day;
    }

    /** Working days from the day after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate start = sign > 0 ? from : to;
        LocalDate end = sign > 0 ? to : from;
        int count = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return sign * count;
    }

    public LocalDate today(Instant now) {
        return now.atZone(hours.zone()).toLocalDate();
    }

    public Instant closingTime(LocalDate day) {
        return day.atTime(hours.closesAt()).atZone(hours.zone()).toInstant();
    }

    private YearSchedule scheduleOf(int year) {
        return schedules.computeIfAbsent(year, YearSchedule::provisional);
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
