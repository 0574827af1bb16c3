package vn.hoso.archive.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.hoso.archive.calendar.WorkingCalendar;
import vn.hoso.archive.catalogue.Procedure;
import vn.hoso.archive.dossier.Applicant;
import vn.hoso.archive.dossier.AssignDossierCommand;
import vn.hoso.archive.dossier.Channel;
import vn.hoso.archive.dossier.FeedbackChannel;
import vn.hoso.archive.dossier.ForwardToVillageCommand;
import vn.hoso.archive.dossier.IssueResultCommand;
import vn.hoso.archive.dossier.RateServiceCommand;
import vn.hoso.archive.dossier.ReceiveSupplementCommand;
import vn.hoso.archive.dossier.RecordVillageReplyCommand;
import vn.hoso.archive.dossier.RequestSupplementCommand;
import vn.hoso.archive.dossier.ReturnResultCommand;

/**
 * Plans a preset's workload with seeded randomness, so a run is repeatable: receipts spread over the period's working
 * hours, online dossiers on online procedures, the latest receipts left open on long procedures (so none is overdue
 * at the end), every other dossier resolved on time before the period ends, some after a village confirmation or a
 * supplement.
 */
class WorkloadPlanner {

    private static final double SUPPLEMENT_SHARE = 0.08;
    /** Share of citizens who rate the service once they have their result; all satisfied, as the seed's 18 / 18. */
    private static final double RATING_SHARE = 0.4;
    private static final int OPEN_DOSSIER_MIN_WORKING_DAYS = 10;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hồng", "Minh", "Đức", "Thu", "Quang", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoa", "Lan", "Long", "Mai",
            "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    WorkloadPlanner(WorkingCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    List<DossierPlan> plan(SimulationPreset preset, List<Procedure> procedures) {
        Random random = new Random(preset.seed());
        List<LocalDate> workingDays = workingDays(preset.from(), preset.to());
        Instant periodEnd = preset.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<Instant> receipts = receiptTimes(preset.received(), workingDays, random);
        List<Channel> channels = channels(preset, random);
        List<Procedure> online = procedures.stream().filter(p -> p.onlineLevel() != Procedure.OnlineLevel.OFFLINE).toList();
        List<DossierPlan> plans = new ArrayList<>();
        for (int i = 0; i < receipts.size(); i++) {
            boolean resolved = i < preset.resolved();
            Channel channel = channels.get(i);
            List<Procedure> choices = channel == Channel.ONLINE ? online : procedures;
            if (!resolved) {
                choices = choices.stream().filter(p -> p.processingWorkingDays() >= OPEN_DOSSIER_MIN_WORKING_DAYS).toList();
            }
            Procedure procedure = choices.get(random.nextInt(choices.size()));
            plans.add(plan(receipts.get(i), channel, procedure, resolved, workingDays, periodEnd, random));
        }
        return plans;
    }

    private static void addRating(List<DossierPlan.Step> steps, Channel channel, Instant returnedAt, Random random) {
        if (random.nextDouble() < RATING_SHARE) {
            Instant ratedAt = returnedAt.plus(Duration.ofMinutes(2));
            int score = random.nextDouble() < 0.8 ? 5 : 4;
            FeedbackChannel feedback = channel == Channel.ONLINE ? FeedbackChannel.PORTAL : FeedbackChannel.COUNTER_QR;
            steps.add(new DossierPlan.Step(ratedAt, id -> new RateServiceCommand(id, score, null, feedback, ratedAt)));
        }
    }

    private DossierPlan plan(Instant receivedAt, Channel channel, Procedure procedure, boolean resolved,
                             List<LocalDate> workingDays, Instant periodEnd, Random random) {
        List<DossierPlan.Step> steps = new ArrayList<>();
        String official = "can.bo." + (1 + random.nextInt(6));
        steps.add(new DossierPlan.Step(receivedAt.plus(Duration.ofMinutes(10)),
                id -> new AssignDossierCommand(id, official, procedure.field())));
        if (resolved) {
            Instant dueAt = calendar.deadline(receivedAt, procedure.processingWorkingDays()).dueAt();
            Instant issuedAt = resultTime(receivedAt, dueAt, workingDays, periodEnd, random);
            addProcessing(steps, procedure, receivedAt, issuedAt, random);
            steps.add(new DossierPlan.Step(issuedAt, id -> new IssueResultCommand(id, "KQ-" + id.value(), issuedAt)));
            Instant returnedAt = issuedAt.plus(Duration.ofMinutes(30));
            steps.add(new DossierPlan.Step(returnedAt, id -> new ReturnResultCommand(id, returnedAt)));
            addRating(steps, channel, returnedAt, random);
        }
        return new DossierPlan(receivedAt, channel, procedure, applicant(random), steps, resolved);
    }

    private void addProcessing(List<DossierPlan.Step> steps, Procedure procedure, Instant receivedAt, Instant issuedAt,
                               Random random) {
        Instant forwardedAt = receivedAt.plus(Duration.ofMinutes(20));
        Instant answeredAt = issuedAt.minus(Duration.ofMinutes(10));
        if (procedure.villageConfirmationRequired()) {
            steps.add(new DossierPlan.Step(forwardedAt,
                    id -> new ForwardToVillageCommand(id, "Thôn " + (1 + random.nextInt(12)), "Xác nhận của thôn")));
            steps.add(new DossierPlan.Step(answeredAt, id -> new RecordVillageReplyCommand(id, true, "Thôn xác nhận")));
        } else if (!sameDay(receivedAt, issuedAt) && random.nextDouble() < SUPPLEMENT_SHARE) {
            steps.add(new DossierPlan.Step(forwardedAt, id -> new RequestSupplementCommand(id,
                    List.of("Bản sao giấy tờ tùy thân"), "Hồ sơ thiếu giấy tờ", forwardedAt)));
            steps.add(new DossierPlan.Step(answeredAt,
                    id -> new ReceiveSupplementCommand(id, List.of("Bản sao giấy tờ tùy thân"), answeredAt)));
        }
    }

    /** A time in working hours after receipt, before the due date and before the period ends. */
    private Instant resultTime(Instant receivedAt, Instant dueAt, List<LocalDate> workingDays, Instant periodEnd,
                               Random random) {
        Instant soonest = receivedAt.plus(Duration.ofMinutes(45 + random.nextInt(30)));
        LocalDate first = calendar.effectiveReceiptDay(receivedAt);
        Instant limit = dueAt.isBefore(periodEnd) ? dueAt : periodEnd;
        List<LocalDate> days = workingDays.stream()
                .filter(day -> !day.isBefore(first) && calendar.closingTime(day).isBefore(limit.plus(Duration.ofDays(1))))
                .filter(day -> day.atStartOfDay(zone).toInstant().isBefore(limit))
                .toList();
        if (days.isEmpty()) {
            return soonest;
        }
        LocalDate day = days.get(random.nextInt(days.size()));
        Instant candidate = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant()
                .plus(Duration.ofMinutes(random.nextInt(8 * 60)));
        return candidate.isAfter(soonest) && candidate.isBefore(limit) ? candidate : soonest;
    }

    private boolean sameDay(Instant a, Instant b) {
        return calendar.today(a).equals(calendar.today(b));
    }

    private List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private List<Instant> receiptTimes(int count, List<LocalDate> workingDays, Random random) {
        List<Instant> receipts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = workingDays.get(random.nextInt(workingDays.size()));
            receipts.add(day.atTime(LocalTime.of(7, 30)).atZone(zone).toInstant()
                    .plus(Duration.ofMinutes(random.nextInt(9 * 60))));
        }
        receipts.sort(Comparator.naturalOrder());
        return receipts;
    }

    private static List<Channel> channels(SimulationPreset preset, Random random) {
        List<Channel> channels = new ArrayList<>(Collections.nCopies(preset.receivedOnline(), Channel.ONLINE));
        channels.addAll(Collections.nCopies(preset.receivedDirect(), Channel.DIRECT));
        Collections.shuffle(channels, random);
        return channels;
    }

    private static Applicant applicant(Random random) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        return new Applicant(name, null, null, "Thôn " + (1 + random.nextInt(12)), null);
    }
}
