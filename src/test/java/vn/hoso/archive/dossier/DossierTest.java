package vn.hoso.archive.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hoso.archive.calendar.CalendarConfiguration;
import vn.hoso.archive.calendar.OfficeHours;
import vn.hoso.archive.calendar.WorkingCalendar;

/** Every transition of the dossier's state machine, and every refused one, on the shipped 2025 calendar. */
class DossierTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DossierId ID = new DossierId("THANHOAI-250707-0001");
    private static final Applicant APPLICANT =
            new Applicant("Nguyễn Hồng Hải", "001085012345", "Thôn Thanh Thùy", "Thanh Thùy", "0912345678");
    private static final Instant RECEIVED = at("2025-07-07T09:00");

    private FixtureConfiguration<Dossier> fixture;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new AggregateTestFixture<>(Dossier.class);
        WorkingCalendar calendar = CalendarConfiguration.load(
                new OfficeHours(HANOI, LocalTime.of(7, 30), LocalTime.of(17, 0), LocalTime.of(15, 0)), "");
        fixture.registerInjectableResource(calendar);
        fixture.registerInjectableResource(new DeadlineAlarms(calendar, Clock.fixed(RECEIVED, HANOI), 1));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HANOI).toInstant();
    }

    private static DossierReceivedEvent received(int workingDays, Instant dueAt) {
        return new DossierReceivedEvent(ID, "LAND-ORIGIN-CONFIRMATION", APPLICANT, Channel.DIRECT, null, List.of("Đơn"),
                workingDays, RECEIVED, dueAt, false);
    }

    private static final DossierReceivedEvent RECEIVED_3_DAYS = received(3, at("2025-07-10T17:00"));

    @Test
    void receiptRecordsTheDueDateCountedInWorkingDays() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveDossierCommand(ID, "LAND-ORIGIN-CONFIRMATION", APPLICANT, Channel.DIRECT, null,
                        List.of("Đơn"), 3, RECEIVED))
                .expectEvents(RECEIVED_3_DAYS);
    }

    private static final ReceiveDossierCommand RECEIVE_3_DAYS = new ReceiveDossierCommand(ID,
            "LAND-ORIGIN-CONFIRMATION", APPLICANT, Channel.DIRECT, null, List.of("Đơn"), 3, RECEIVED);

    @Test
    void receiptSetsTheDueSoonAlarmAtTheEndOfThePreviousWorkingDayAndTheOverdueAlarmAtTheDueTime() {
        fixture.givenCurrentTime(RECEIVED)
                .when(RECEIVE_3_DAYS)
                .expectScheduledDeadlineWithName(at("2025-07-09T17:00"), "dossier-due-soon")
                .expectScheduledDeadlineWithName(at("2025-07-10T17:00"), "dossier-overdue");
    }

    @Test
    void anUnresolvedDossierRaisesDueSoonThenOverdue() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(RECEIVE_3_DAYS)
                .whenTimeAdvancesTo(at("2025-07-10T17:01"))
                .expectEvents(new DossierDueSoonEvent(ID, at("2025-07-10T17:00")),
                        new DossierOverdueEvent(ID, at("2025-07-10T17:00")));
    }

    @Test
    void aDueSoonAlarmLateBehindTheOverdueOneIsNotRaised() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(RECEIVE_3_DAYS)
                .andGiven(new DossierOverdueEvent(ID, at("2025-07-10T17:00")))
                .whenTimeAdvancesTo(at("2025-07-09T17:01"))
                .expectNoEvents();
    }

    @Test
    void alarmsSetBeforeASupplementRequestDoNotCountOnceTheClockStops() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(RECEIVE_3_DAYS,
                        new RequestSupplementCommand(ID, List.of("Sổ hộ khẩu"), "Thiếu", at("2025-07-08T09:00")))
                .whenTimeAdvancesTo(at("2025-07-10T17:01"))
                .expectNoEvents();
    }

    @Test
    void aResolvedDossierRaisesNoAlarm() {
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(RECEIVE_3_DAYS, new IssueResultCommand(ID, "XN-1/2025", at("2025-07-08T09:00")))
                .whenTimeAdvancesTo(at("2025-07-10T17:01"))
                .expectNoEvents();
    }

    @Test
    void theVillageConfirmsLandOrigin() {
        fixture.given(RECEIVED_3_DAYS, new DossierAssignedEvent(ID, "cán bộ địa chính", "Địa chính"))
                .when(new ForwardToVillageCommand(ID, "Thanh Thùy", "Xác nhận nguồn gốc đất"))
                .expectEvents(new ForwardedToVillageEvent(ID, "Thanh Thùy", "Xác nhận nguồn gốc đất"));
        fixture.given(RECEIVED_3_DAYS, new ForwardedToVillageEvent(ID, "Thanh Thùy", "Xác nhận nguồn gốc đất"))
                .when(new RecordVillageReplyCommand(ID, true, "Đất ở ổn định từ 1990"))
                .expectEvents(new VillageReplyRecordedEvent(ID, "Thanh Thùy", true, "Đất ở ổn định từ 1990"));
    }

    @Test
    void aSupplementStopsTheClockAndItsArrivalRestartsItWithTheDaysLeft() {
        DossierReceivedEvent tenDays = received(10, at("2025-07-21T17:00"));
        fixture.given(tenDays)
                .when(new RequestSupplementCommand(ID, List.of("Sổ hộ khẩu"), "Thiếu giấy tờ", at("2025-07-09T10:00")))
                .expectEvents(new SupplementRequestedEvent(ID, List.of("Sổ hộ khẩu"), "Thiếu giấy tờ",
                        at("2025-07-09T10:00"), 8));
        fixture.given(tenDays, new SupplementRequestedEvent(ID, List.of("Sổ hộ khẩu"), "Thiếu giấy tờ",
                        at("2025-07-09T10:00"), 8))
                .when(new ReceiveSupplementCommand(ID, List.of("Sổ hộ khẩu"), at("2025-07-14T10:00")))
                .expectEvents(new SupplementReceivedEvent(ID, List.of("Sổ hộ khẩu"), at("2025-07-14T10:00"),
                        at("2025-07-24T17:00"), false));
    }

    @Test
    void aResultOnTimeIsIssuedReturnedAndArchived() {
        fixture.given(RECEIVED_3_DAYS)
                .when(new IssueResultCommand(ID, "XN-125/2025", at("2025-07-10T16:00")))
                .expectEvents(new ResultIssuedEvent(ID, "XN-125/2025", at("2025-07-10T16:00"), false));
        fixture.given(RECEIVED_3_DAYS, new ResultIssuedEvent(ID, "XN-125/2025", at("2025-07-10T16:00"), false))
                .when(new ReturnResultCommand(ID, at("2025-07-11T08:00")))
                .expectEvents(new ResultReturnedEvent(ID, at("2025-07-11T08:00")));
        fixture.given(RECEIVED_3_DAYS, new ResultIssuedEvent(ID, "XN-125/2025", at("2025-07-10T16:00"), false),
                        new ResultReturnedEvent(ID, at("2025-07-11T08:00")))
                .when(new ArchiveDossierCommand(ID, at("2025-07-15T08:00")))
                .expectEvents(new DossierArchivedEvent(ID, at("2025-07-15T08:00")));
    }

    @Test
    void aLateResultNeedsTheApologySlipFirst() {
        fixture.given(RECEIVED_3_DAYS)
                .when(new IssueResultCommand(ID, "XN-125/2025", at("2025-07-11T09:00")))
                .expectNoEvents()
                .expectException(DossierActionRefusedException.class)
                .expectExceptionMessage("ISSUE_RESULT refused in state RECEIVED: APOLOGY_REQUIRED");
        fixture.given(RECEIVED_3_DAYS)
                .when(new IssueApologyCommand(ID, at("2025-07-14T17:00"), "Chờ xác minh", at("2025-07-11T08:00")))
                .expectEvents(new ApologyIssuedEvent(ID, at("2025-07-14T17:00"), "Chờ xác minh", at("2025-07-11T08:00")));
        fixture.given(RECEIVED_3_DAYS,
                        new ApologyIssuedEvent(ID, at("2025-07-14T17:00"), "Chờ xác minh", at("2025-07-11T08:00")))
                .when(new IssueResultCommand(ID, "XN-125/2025", at("2025-07-11T09:00")))
                .expectEvents(new ResultIssuedEvent(ID, "XN-125/2025", at("2025-07-11T09:00"), true));
    }

    @Test
    void anApologyBeforeTheDueDateIsRefused() {
        fixture.given(RECEIVED_3_DAYS)
                .when(new IssueApologyCommand(ID, at("2025-07-14T17:00"), "Sớm", at("2025-07-10T09:00")))
                .expectException(DossierActionRefusedException.class)
                .expectExceptionMessage("ISSUE_APOLOGY refused in state RECEIVED: NOT_OVERDUE");
    }

    @Test
    void aCorrectionReferencesTheResultItCorrects() {
        fixture.given(RECEIVED_3_DAYS, new ResultIssuedEvent(ID, "XN-125/2025", at("2025-07-10T16:00"), false))
                .when(new CorrectDossierCommand(ID, "applicant.address", "Thôn Thanh Thùy, xã Thanh Oai", "Sai địa chỉ"))
                .expectEvents(new DossierCorrectedEvent(ID, "applicant.address", "Thôn Thanh Thùy, xã Thanh Oai",
                        "Sai địa chỉ", "XN-125/2025"));
    }

    @Test
    void rejectionAndWithdrawalEndTheProcessing() {
        fixture.given(RECEIVED_3_DAYS)
                .when(new RejectDossierCommand(ID, "Không đủ điều kiện"))
                .expectEvents(new DossierRejectedEvent(ID, "Không đủ điều kiện"));
        fixture.given(RECEIVED_3_DAYS)
                .when(new WithdrawDossierCommand(ID, "Công dân rút hồ sơ"))
                .expectEvents(new DossierWithdrawnEvent(ID, "Công dân rút hồ sơ"));
    }

    @Test
    void theCitizenRatesTheServiceOnceTheResultIsOut() {
        ResultIssuedEvent issued = new ResultIssuedEvent(ID, "XN-125/2025", at("2025-07-10T16:00"), false);
        RateServiceCommand rating = new RateServiceCommand(ID, 5, "Nhanh, chu đáo", FeedbackChannel.COUNTER_QR,
                at("2025-07-11T08:05"));
        ServiceRatedEvent rated = new ServiceRatedEvent(ID, 5, "Nhanh, chu đáo", FeedbackChannel.COUNTER_QR,
                at("2025-07-11T08:05"));
        fixture.given(RECEIVED_3_DAYS, issued).when(rating).expectEvents(rated);
        fixture.given(RECEIVED_3_DAYS, issued, rated)
                .when(rating)
                .expectNoEvents()
                .expectException(DossierActionRefusedException.class)
                .expectExceptionMessage("RATE_SERVICE refused in state RESULT_ISSUED: ALREADY_RATED");
    }

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void everyActionTheStateDoesNotAllowIsRefusedWithTheActionsAllowedNow(DossierStatus status) {
        EnumSet<DossierAction> refused = EnumSet.complementOf(EnumSet.copyOf(DossierAction.allowedIn(status)));
        for (DossierAction action : refused) {
            fixture.given(historyReaching(status))
                    .when(commandFor(action))
                    .expectNoEvents()
                    .expectException(DossierActionRefusedException.class)
                    .expectExceptionMessage(action + " refused in state " + status + ": ACTION_NOT_ALLOWED");
        }
        assertThat(DossierAction.allowedIn(status)).contains(DossierAction.ATTACH_DOCUMENT);
    }

    private static List<Object> historyReaching(DossierStatus status) {
        Map<DossierStatus, List<Object>> steps = new java.util.HashMap<>(Map.of(
                DossierStatus.RECEIVED, List.of(),
                DossierStatus.IN_PROGRESS, List.of(new DossierAssignedEvent(ID, "A", "B")),
                DossierStatus.AT_VILLAGE, List.of(new ForwardedToVillageEvent(ID, "Thanh Thùy", "X")),
                DossierStatus.AWAITING_SUPPLEMENT, List.of(new SupplementRequestedEvent(ID, List.of("X"), "Y", RECEIVED, 3)),
                DossierStatus.RESULT_ISSUED, List.of(new ResultIssuedEvent(ID, "R-1", RECEIVED, false)),
                DossierStatus.RESULT_RETURNED, List.of(new ResultIssuedEvent(ID, "R-1", RECEIVED, false),
                        new ResultReturnedEvent(ID, RECEIVED)),
                DossierStatus.REJECTED, List.of(new DossierRejectedEvent(ID, "X")),
                DossierStatus.WITHDRAWN, List.of(new DossierWithdrawnEvent(ID, "X")),
                DossierStatus.ARCHIVED, List.of(new DossierWithdrawnEvent(ID, "X"), new DossierArchivedEvent(ID, RECEIVED))));
        steps.put(DossierStatus.UNDER_DISPOSITION_REVIEW, UNDER_REVIEW);
        List<Object> disposed = concat(UNDER_REVIEW, APPROVED_TWICE,
                List.of(new DossierDisposedEvent(ID, List.of(), List.of("can.bo.a", "can.bo.b"), LONG_AFTER)));
        steps.put(DossierStatus.DISPOSED, disposed.subList(1, disposed.size()));
        List<Object> history = new ArrayList<>();
        history.add(RECEIVED_3_DAYS);
        history.addAll(steps.get(status));
        return history;
    }

    private static Object commandFor(DossierAction action) {
        Instant later = at("2025-07-08T09:00");
        return switch (action) {
            case ASSIGN -> new AssignDossierCommand(ID, "A", "B");
            case FORWARD_TO_VILLAGE -> new ForwardToVillageCommand(ID, "Thanh Thùy", "X");
            case RECORD_VILLAGE_REPLY -> new RecordVillageReplyCommand(ID, true, "X");
            case REQUEST_SUPPLEMENT -> new RequestSupplementCommand(ID, List.of("X"), "Y", later);
            case RECEIVE_SUPPLEMENT -> new ReceiveSupplementCommand(ID, List.of("X"), later);
            case ISSUE_RESULT -> new IssueResultCommand(ID, "R-2", later);
            case RETURN_RESULT -> new ReturnResultCommand(ID, later);
            case REJECT -> new RejectDossierCommand(ID, "X");
            case WITHDRAW -> new WithdrawDossierCommand(ID, "X");
            case ISSUE_APOLOGY -> new IssueApologyCommand(ID, later, "X", at("2025-07-11T09:00"));
            case ARCHIVE -> new ArchiveDossierCommand(ID, later);
            case CORRECT -> new CorrectDossierCommand(ID, "f", "v", "r");
            case ATTACH_DOCUMENT -> new AttachDocumentCommand(ID, "doc", "ab".repeat(32), "x.png");
            case RATE_SERVICE -> new RateServiceCommand(ID, 5, null, FeedbackChannel.COUNTER_QR, later);
            case START_DISPOSITION_REVIEW -> new StartDispositionReviewCommand(ID, 5, "X", LONG_AFTER);
            case APPROVE_DISPOSITION -> new ApproveDispositionCommand(ID, "a");
            case CANCEL_DISPOSITION_REVIEW -> new CancelDispositionReviewCommand(ID, "X");
            case DISPOSE -> new DisposeDossierCommand(ID, LONG_AFTER);
            case PLACE_LEGAL_HOLD -> new PlaceLegalHoldCommand(ID, "X", later);
            case RELEASE_LEGAL_HOLD -> new ReleaseLegalHoldCommand(ID, "X", later);
        };
    }

    @Test
    void attachingTheSameDocumentTwiceRecordsItOnce() {
        fixture.given(RECEIVED_3_DAYS, new DocumentAttachedEvent(ID, "doc-1", "ab".repeat(32), "scan.png"))
                .when(new AttachDocumentCommand(ID, "doc-1", "ab".repeat(32), "scan.png"))
                .expectNoEvents();
    }

    private static final Instant ARCHIVED_AT = at("2025-07-15T08:00");
    private static final Instant LONG_AFTER = at("2031-07-16T08:00");
    private static final List<Object> UNDER_REVIEW = List.of(new DossierWithdrawnEvent(ID, "X"),
            new DossierArchivedEvent(ID, ARCHIVED_AT), new DispositionReviewStartedEvent(ID, 5,
                    ARCHIVED_AT.atZone(java.time.ZoneOffset.UTC).plusYears(5).toInstant(), "Hết hạn", LONG_AFTER));
    private static final List<Object> APPROVED_TWICE = List.of(new DispositionApprovedEvent(ID, "can.bo.a"),
            new DispositionApprovedEvent(ID, "can.bo.b"));

    @SafeVarargs
    private static List<Object> concat(List<Object>... parts) {
        List<Object> all = new ArrayList<>();
        all.add(RECEIVED_3_DAYS);
        for (List<Object> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    @Test
    void anArchivedDossierGoesUnderReviewOnceItsRetentionPeriodIsOver() {
        fixture.given(concat(UNDER_REVIEW.subList(0, 2)))
                .when(new StartDispositionReviewCommand(ID, 5, "Hết hạn", LONG_AFTER))
                .expectEvents(UNDER_REVIEW.get(2));
        fixture.given(concat(UNDER_REVIEW.subList(0, 2)))
                .when(new StartDispositionReviewCommand(ID, 5, "Sớm", at("2030-07-14T08:00")))
                .expectNoEvents()
                .expectExceptionMessage("START_DISPOSITION_REVIEW refused in state ARCHIVED: RETENTION_NOT_ELAPSED");
        fixture.given(concat(UNDER_REVIEW.subList(0, 2)))
                .when(new StartDispositionReviewCommand(ID, null, "Đất", LONG_AFTER))
                .expectNoEvents()
                .expectExceptionMessage("START_DISPOSITION_REVIEW refused in state ARCHIVED: RETENTION_PERMANENT");
    }

    @Test
    void destructionNeedsTwoDifferentOfficialsAndLeavesATombstoneNamingThem() {
        fixture.given(concat(UNDER_REVIEW, List.of(new DocumentAttachedEvent(ID, "doc-2", "cd".repeat(32), "b.png"),
                        new DispositionApprovedEvent(ID, "can.bo.a"))))
                .when(new ApproveDispositionCommand(ID, "can.bo.a"))
                .expectNoEvents()
                .expectExceptionMessage("APPROVE_DISPOSITION refused in state UNDER_DISPOSITION_REVIEW: ALREADY_APPROVED");
        fixture.given(concat(UNDER_REVIEW, List.of(new DispositionApprovedEvent(ID, "can.bo.a"))))
                .when(new DisposeDossierCommand(ID, LONG_AFTER))
                .expectNoEvents()
                .expectExceptionMessage("DISPOSE refused in state UNDER_DISPOSITION_REVIEW: APPROVALS_MISSING");
        fixture.given(concat(UNDER_REVIEW, APPROVED_TWICE,
                        List.of(new DocumentAttachedEvent(ID, "doc-2", "cd".repeat(32), "b.png"))))
                .when(new DisposeDossierCommand(ID, LONG_AFTER))
                .expectEvents(new DossierDisposedEvent(ID, List.of("doc-2"), List.of("can.bo.a", "can.bo.b"), LONG_AFTER));
    }

    @Test
    void aLegalHoldBlocksDispositionUntilItIsReleased() {
        LegalHoldPlacedEvent hold = new LegalHoldPlacedEvent(ID, "Khiếu nại đang giải quyết", LONG_AFTER);
        fixture.given(concat(UNDER_REVIEW, APPROVED_TWICE, List.of(hold)))
                .when(new DisposeDossierCommand(ID, LONG_AFTER))
                .expectNoEvents()
                .expectExceptionMessage("DISPOSE refused in state UNDER_DISPOSITION_REVIEW: LEGAL_HOLD");
        fixture.given(concat(UNDER_REVIEW.subList(0, 2), List.of(hold)))
                .when(new StartDispositionReviewCommand(ID, 5, "Hết hạn", LONG_AFTER))
                .expectNoEvents()
                .expectExceptionMessage("START_DISPOSITION_REVIEW refused in state ARCHIVED: LEGAL_HOLD");
        fixture.given(concat(UNDER_REVIEW, APPROVED_TWICE, List.of(hold,
                        new LegalHoldReleasedEvent(ID, "Đã giải quyết", LONG_AFTER))))
                .when(new DisposeDossierCommand(ID, LONG_AFTER))
                .expectEvents(new DossierDisposedEvent(ID, List.of(), List.of("can.bo.a", "can.bo.b"), LONG_AFTER));
    }

    @Test
    void aCancelledReviewReturnsTheDossierToTheArchiveAndItsApprovalsLapse() {
        fixture.given(concat(UNDER_REVIEW, APPROVED_TWICE, List.of(new DispositionReviewCancelledEvent(ID, "Còn dùng"),
                        UNDER_REVIEW.get(2))))
                .when(new DisposeDossierCommand(ID, LONG_AFTER))
                .expectNoEvents()
                .expectExceptionMessage("DISPOSE refused in state UNDER_DISPOSITION_REVIEW: APPROVALS_MISSING");
    }

    private static final RegisterArchiveRecordCommand REGISTER_ARCHIVE_RECORD = new RegisterArchiveRecordCommand(ID,
            "LAND-ORIGIN-CONFIRMATION", APPLICANT, 3, RECEIVED, "H07", "C02", "15", "2025");
    private static final List<Object> ARCHIVE_RECORD = List.of(
            new DossierReceivedEvent(ID, "LAND-ORIGIN-CONFIRMATION", APPLICANT, Channel.DIRECT, null, List.of(), 3,
                    RECEIVED, at("2025-07-10T17:00"), false),
            new ArchiveRecordRegisteredEvent(ID, "H07", "C02", "15", "2025", RECEIVED));

    @Test
    void anArchiveRecordIsReceivedAndArchivedOnItsOriginalDateWithoutDeadlineAlarms() {
        fixture.givenCurrentTime(RECEIVED)
                .when(REGISTER_ARCHIVE_RECORD)
                .expectEvents(ARCHIVE_RECORD.toArray())
                .expectNoScheduledDeadlines();
        fixture.givenCurrentTime(RECEIVED)
                .andGivenCommands(REGISTER_ARCHIVE_RECORD)
                .whenTimeAdvancesTo(at("2025-07-10T17:01"))
                .expectNoEvents();
    }

    @Test
    void processingStepsOnAnArchiveRecordAreRefusedWithTheActionsAllowedInTheArchive() {
        Set<DossierAction> allowed = EnumSet.of(DossierAction.CORRECT, DossierAction.ATTACH_DOCUMENT,
                DossierAction.RATE_SERVICE, DossierAction.START_DISPOSITION_REVIEW, DossierAction.PLACE_LEGAL_HOLD,
                DossierAction.RELEASE_LEGAL_HOLD);
        for (DossierAction step : EnumSet.of(DossierAction.ASSIGN, DossierAction.FORWARD_TO_VILLAGE,
                DossierAction.REQUEST_SUPPLEMENT, DossierAction.ISSUE_RESULT, DossierAction.ISSUE_APOLOGY,
                DossierAction.REJECT, DossierAction.WITHDRAW, DossierAction.ARCHIVE)) {
            fixture.given(ARCHIVE_RECORD)
                    .when(commandFor(step))
                    .expectNoEvents()
                    .expectException(Matchers.<DossierActionRefusedException>predicate(refused ->
                            refused.status() == DossierStatus.ARCHIVED && refused.allowedNow().equals(allowed)))
                    .expectExceptionMessage(step + " refused in state ARCHIVED: ACTION_NOT_ALLOWED");
        }
    }

    @Test
    void anArchiveRecordsRetentionCountsFromItsOriginalDate() {
        fixture.given(ARCHIVE_RECORD)
                .when(new StartDispositionReviewCommand(ID, 5, "Hết hạn", LONG_AFTER))
                .expectEvents(new DispositionReviewStartedEvent(ID, 5,
                        RECEIVED.atZone(java.time.ZoneOffset.UTC).plusYears(5).toInstant(), "Hết hạn", LONG_AFTER));
    }

    @Test
    void aDamagedOriginalFoundByTheFixityAuditIsRecordedInAnyState() {
        fixture.given(concat(UNDER_REVIEW.subList(0, 2)))
                .when(new ReportDamagedOriginalCommand(ID, "doc-1", "ab".repeat(32), "MISSING", null, LONG_AFTER))
                .expectEvents(new OriginalDamageDetectedEvent(ID, "doc-1", "ab".repeat(32), "MISSING", null, LONG_AFTER));
    }
}
