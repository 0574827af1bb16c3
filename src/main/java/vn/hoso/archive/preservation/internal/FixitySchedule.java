package vn.hoso.archive.preservation.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fixity audit as a db-scheduler recurring task: kept in {@code scheduled_tasks}, so one application instance
 * runs it at a time and a restart does not reset its clock.
 */
@Configuration
class FixitySchedule {

    static final String TASK = "fixity-audit";

    @Bean
    RecurringTask<Void> fixityAuditTask(FixityAudit audit, FixityProperties properties) {
        return Tasks.recurring(TASK, FixedDelay.of(properties.interval()))
                .execute((instance, context) -> audit.run());
    }
}
