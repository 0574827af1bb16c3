/**
 * The office's working-day calendar: weekends, Vietnamese public holidays and compensatory working days, kept as
 * data per year that an administrator can update, and the statutory deadlines computed on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package vn.hoso.archive.calendar;
