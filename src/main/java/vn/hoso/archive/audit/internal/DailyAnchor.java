package vn.hoso.archive.audit.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hoso.archive.audit.ArchiveAnchors;

/** The daily anchor, kept by the persistent scheduler so one node takes it once a day, also across restarts. */
@Configuration(proxyBeanMethods = false)
class DailyAnchor {

    @Bean
    RecurringTask<Void> dailyArchiveAnchor(ArchiveAnchors anchors, @Value("${hoso.office.zone}") ZoneId zone,
                                           @Value("${hoso.anchor.daily-at:23:50}") LocalTime at) {
        return Tasks.recurring("archive-anchor", Schedules.daily(zone, at))
                .execute((instance, context) -> anchors.anchor());
    }
}
