package vn.hoso.archive.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hoso.archive.calendar.WorkingCalendar;

/**
 * When a dossier's deadline alarms go off: "due soon" at closing time {@code due-soon-working-days} working days
 * before the due day (at once when that moment has passed), "overdue" at the due time. Nothing is scheduled for a
 * due date already past when it is set (a backdated entry, a replayed workload): reports judge those by their dates.
 */
@Component
class DeadlineAlarms {

    static final String DUE_SOON = "dossier-due-soon";
    static final String OVERDUE = "dossier-overdue";

    record Alarm(String name, Instant at) {
    }

    private final WorkingCalendar calendar;
    private final Clock clock;
    private final int dueSoonWorkingDays;

    DeadlineAlarms(WorkingCalendar calendar, Clock clock,
                   @Value("${hoso.deadlines.due-soon-working-days:1}") int dueSoonWorkingDays) {
        if (dueSoonWorkingDays < 1) {
            throw new IllegalArgumentException("hoso.deadlines.due-soon-working-days must be at least 1");
        }
        this.calendar = calendar;
        this.clock = clock;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    List<Alarm> alarmsFor(Instant dueAt) {
        Instant now = clock.instant();
        List<Alarm> alarms = new ArrayList<>();
        if (!dueAt.isAfter(now)) {
            return alarms;
        }
        Instant dueSoonAt = calendar.closingTime(calendar.minusWorkingDays(calendar.today(dueAt), dueSoonWorkingDays));
        alarms.add(new Alarm(DUE_SOON, dueSoonAt.isAfter(now) ? dueSoonAt : now));
        alarms.add(new Alarm(OVERDUE, dueAt));
        return alarms;
    }
}
