package vn.hoso.archive.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the yearly schedules {@code vn-YYYY.tsv}: those shipped in the application, then those in
 * {@code hoso.calendar.dir} (an administrator's updates), a later file replacing an earlier one for the same year.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

    private static final Pattern YEAR_FILE = Pattern.compile("vn-(\\d{4})\\.tsv");

    @Bean
    WorkingCalendar workingCalendar(OfficeHours hours, @Value("${hoso.calendar.dir:}") String adminDirectory)
            throws IOException {
        return load(hours, adminDirectory);
    }

    /** The calendar from the shipped schedules and those in {@code adminDirectory} (blank for none). */
    public static WorkingCalendar load(OfficeHours hours, String adminDirectory) throws IOException {
        Map<Integer, YearSchedule> schedules = new HashMap<>();
        var resolver = new PathMatchingResourcePatternResolver();
        read(resolver.getResources("classpath*:calendar/vn-*.tsv"), schedules);
        if (!adminDirectory.isBlank()) {
            read(resolver.getResources("file:" + adminDirectory + "/vn-*.tsv"), schedules);
        }
        return new WorkingCalendar(hours, schedules);
    }

    private static void read(Resource[] files, Map<Integer, YearSchedule> schedules) throws IOException {
        for (Resource file : files) {
            Matcher name = YEAR_FILE.matcher(file.getFilename());
            if (name.matches()) {
                int year = Integer.parseInt(name.group(1));
                schedules.put(year, readYear(file, year));
            }
        }
    }

    private static YearSchedule readYear(Resource file, int year) throws IOException {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> extra = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                LocalDate day = LocalDate.parse(cells[0]);
                if (day.getYear() != year) {
                    throw new IllegalStateException(file + ": " + day + " is not in " + year);
                }
                switch (cells[1]) {
                    case "HOLIDAY" -> off.add(day);
                    case "WORKDAY" -> extra.add(day);
                    default -> throw new IllegalStateException(file + ": unknown kind " + cells[1] + " on " + day);
                }
            }
        }
        return new YearSchedule(year, off, extra, false);
    }
}
