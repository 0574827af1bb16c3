package vn.hoso.archive.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import vn.hoso.archive.calendar.WorkingCalendar;

/**
 * A dossier's lifecycle. Command handlers check the state machine ({@link DossierAction}) and the deadline rules,
 * then record what happened; sourcing handlers only assign.
 *
 * <p>Deadline rules: the due date is counted in working days from receipt. A supplement request stops the clock
 * with the working days still left; when the supplement arrives, those days count again from its (effective)
 * receipt day. A result issued after the due date is late and needs the apology slip first.
 *
 * <p>Deadline alarms ({@link DeadlineAlarms}) are kept by Axon's DeadlineManager in the database, so they go off
 * after a restart. An alarm only counts while the clock runs and the due date is still the one it was set for.
 *
 * <p>Snapshots store the fields as they are; change the revision whenever a field is added or changes meaning, so
 * older snapshots are ignored and the dossier is rebuilt from its events.
 */
@Aggregate(cache = "dossierCache", snapshotTriggerDefinition = "dossierSnapshots",
        commandTargetResolver = "commandTargets")
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class Dossier {

    @AggregateIdentifier
    private DossierId dossierId;
    private DossierStatus status;
    private Instant dueAt;
    private String village;
    private boolean apologyIssued;
    private String resultNumber;
    private int remainingWorkingDaysAtStop;
    private Instant dueSoonRaisedFor;
    private Instant overdueRaisedFor;
    private boolean rated;
    private final Set<String> attachedDocuments = new HashSet<>();
    private Instant archivedAt;
    private boolean legalHold;
    private final Set<String> dispositionApprovals = new TreeSet<>();

    Dossier() {
    }

    /** Destruction takes the approval of this many different officials. */
    static final int DISPOSITION_APPROVALS = 2;

    private static final Set<DossierStatus> CLOCK_RUNNING =
            EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.AT_VILLAGE);

    @CommandHandler
    Dossier(ReceiveDossierCommand command, WorkingCalendar calendar, DeadlineAlarms alarms,
            DeadlineManager deadlineManager) {
        WorkingCalendar.Deadline deadline = calendar.deadline(command.receivedAt(), command.processingWorkingDays());
        apply(new DossierReceivedEvent(command.dossierId(), command.procedureCode(), command.applicant(),
                command.channel(), command.assistedBy(), command.submittedDocuments(), command.processingWorkingDays(),
                command.receivedAt(), deadline.dueAt(), deadline.provisional()))
                .andThen(() -> scheduleAlarms(alarms, deadlineManager));
    }

    /** An archive record is received and archived at once, on its original date, without deadline alarms. */
    @CommandHandler
    Dossier(RegisterArchiveRecordCommand command, WorkingCalendar calendar) {
        WorkingCalendar.Deadline deadline = calendar.deadline(command.receivedAt(), command.processingWorkingDays());
        apply(new DossierReceivedEvent(command.dossierId(), command.procedureCode(), command.applicant(),
                Channel.DIRECT, null, List.of(), command.processingWorkingDays(), command.receivedAt(),
                deadline.dueAt(), deadline.provisional()));
        apply(new ArchiveRecordRegisteredEvent(command.dossierId(), command.box(), command.folder(), command.item(),
                command.originalDate(), command.receivedAt()));
    }

    @CommandHandler
    void handle(AssignDossierCommand command) {
        require(DossierAction.ASSIGN);
        apply(new DossierAssignedEvent(dossierId, command.official(), command.department()));
    }

    @CommandHandler
    void handle(ForwardToVillageCommand command) {
        require(DossierAction.FORWARD_TO_VILLAGE);
        apply(new ForwardedToVillageEvent(dossierId, command.village(), command.purpose()));
    }

    @CommandHandler
    void handle(RecordVillageReplyCommand command) {
        require(DossierAction.RECORD_VILLAGE_REPLY);
        apply(new VillageReplyRecordedEvent(dossierId, village, command.confirmed(), command.note()));
    }

    @CommandHandler
    void handle(RequestSupplementCommand command, WorkingCalendar calendar) {
        require(DossierAction.REQUEST_SUPPLEMENT);
        LocalDate requestDay = calendar.effectiveReceiptDay(command.requestedAt());
        int remaining = Math.max(0, calendar.workingDaysBetween(requestDay, calendar.today(dueAt)));
        apply(new SupplementRequestedEvent(dossierId, command.missingDocuments(), command.reason(),
                command.requestedAt(), remaining));
    }

    @CommandHandler
    void handle(ReceiveSupplementCommand command, WorkingCalendar calendar, DeadlineAlarms alarms,
                DeadlineManager deadlineManager) {
        require(DossierAction.RECEIVE_SUPPLEMENT);
        LocalDate restartDay = calendar.effectiveReceiptDay(command.receivedAt());
        LocalDate dueDay = calendar.plusWorkingDays(restartDay, remainingWorkingDaysAtStop);
        apply(new SupplementReceivedEvent(dossierId, command.receivedDocuments(), command.receivedAt(),
                calendar.closingTime(dueDay), !calendar.hasOfficialSchedule(dueDay.getYear())))
                .andThen(() -> scheduleAlarms(alarms, deadlineManager));
    }

    @CommandHandler
    void handle(IssueResultCommand command) {
        require(DossierAction.ISSUE_RESULT);
        boolean late = command.issuedAt().isAfter(dueAt);
        if (late && !apologyIssued) {
            throw new DossierActionRefusedException(status, DossierAction.ISSUE_RESULT, "APOLOGY_REQUIRED");
        }
        apply(new ResultIssuedEvent(dossierId, command.resultNumber(), command.issuedAt(), late));
    }

    @CommandHandler
    void handle(ReturnResultCommand command) {
        require(DossierAction.RETURN_RESULT);
        apply(new ResultReturnedEvent(dossierId, command.returnedAt()));
    }

    @CommandHandler
    void handle(RejectDossierCommand command) {
        require(DossierAction.REJECT);
        apply(new DossierRejectedEvent(dossierId, command.reason()));
    }

    @CommandHandler
    void handle(WithdrawDossierCommand command) {
        require(DossierAction.WITHDRAW);
        apply(new DossierWithdrawnEvent(dossierId, command.reason()));
    }

    @CommandHandler
    void handle(IssueApologyCommand command) {
        require(DossierAction.ISSUE_APOLOGY);
        if (!command.issuedAt().isAfter(dueAt)) {
            throw new DossierActionRefusedException(status, DossierAction.ISSUE_APOLOGY, "NOT_OVERDUE");
        }
        apply(new ApologyIssuedEvent(dossierId, command.newAppointmentAt(), command.reason(), command.issuedAt()));
    }

    @CommandHandler
    void handle(ArchiveDossierCommand command) {
        require(DossierAction.ARCHIVE);
        apply(new DossierArchivedEvent(dossierId, command.archivedAt()));
    }

    @CommandHandler
    void handle(CorrectDossierCommand command) {
        require(DossierAction.CORRECT);
        apply(new DossierCorrectedEvent(dossierId, command.field(), command.correctedValue(), command.reason(),
                resultNumber));
    }

    @CommandHandler
    void handle(RateServiceCommand command) {
        require(DossierAction.RATE_SERVICE);
        if (rated) {
            throw new DossierActionRefusedException(status, DossierAction.RATE_SERVICE, "ALREADY_RATED");
        }
        apply(new ServiceRatedEvent(dossierId, command.score(), command.comment(), command.channel(), command.ratedAt()));
    }

    @CommandHandler
    void handle(AttachDocumentCommand command) {
        if (attachedDocuments.contains(command.documentId())) {
            return;
        }
        apply(new DocumentAttachedEvent(dossierId, command.documentId(), command.sha256(), command.originalName()));
    }

    @CommandHandler
    void handle(ReportDamagedOriginalCommand command) {
        apply(new OriginalDamageDetectedEvent(dossierId, command.documentId(), command.sha256(), command.problem(),
                command.observedSha256(), command.checkedAt()));
    }

    @CommandHandler
    void handle(StartDispositionReviewCommand command) {
        require(DossierAction.START_DISPOSITION_REVIEW);
        refuseUnderLegalHold(DossierAction.START_DISPOSITION_REVIEW);
        if (command.retentionYears() == null) {
            throw new DossierActionRefusedException(status, DossierAction.START_DISPOSITION_REVIEW, "RETENTION_PERMANENT");
        }
        Instant retentionEnds = archivedAt.atZone(ZoneOffset.UTC).plusYears(command.retentionYears()).toInstant();
        if (command.requestedAt().isBefore(retentionEnds)) {
            throw new DossierActionRefusedException(status, DossierAction.START_DISPOSITION_REVIEW,
                    "RETENTION_NOT_ELAPSED");
        }
        apply(new DispositionReviewStartedEvent(dossierId, command.retentionYears(), retentionEnds, command.reason(),
                command.requestedAt()));
    }

    @CommandHandler
    void handle(ApproveDispositionCommand command) {
        require(DossierAction.APPROVE_DISPOSITION);
        if (dispositionApprovals.contains(command.official())) {
            throw new DossierActionRefusedException(status, DossierAction.APPROVE_DISPOSITION, "ALREADY_APPROVED");
        }
        apply(new DispositionApprovedEvent(dossierId, command.official()));
    }

    @CommandHandler
    void handle(CancelDispositionReviewCommand command) {
        require(DossierAction.CANCEL_DISPOSITION_REVIEW);
        apply(new DispositionReviewCancelledEvent(dossierId, command.reason()));
    }

    @CommandHandler
    void handle(DisposeDossierCommand command) {
        require(DossierAction.DISPOSE);
        refuseUnderLegalHold(DossierAction.DISPOSE);
        if (dispositionApprovals.size() < DISPOSITION_APPROVALS) {
            throw new DossierActionRefusedException(status, DossierAction.DISPOSE, "APPROVALS_MISSING");
        }
        apply(new DossierDisposedEvent(dossierId, attachedDocuments.stream().sorted().toList(),
                List.copyOf(dispositionApprovals), command.disposedAt()));
    }

    @CommandHandler
    void handle(PlaceLegalHoldCommand command) {
        require(DossierAction.PLACE_LEGAL_HOLD);
        if (legalHold) {
            throw new DossierActionRefusedException(status, DossierAction.PLACE_LEGAL_HOLD, "ALREADY_ON_HOLD");
        }
        apply(new LegalHoldPlacedEvent(dossierId, command.reason(), command.placedAt()));
    }

    @CommandHandler
    void handle(ReleaseLegalHoldCommand command) {
        require(DossierAction.RELEASE_LEGAL_HOLD);
        if (!legalHold) {
            throw new DossierActionRefusedException(status, DossierAction.RELEASE_LEGAL_HOLD, "NO_LEGAL_HOLD");
        }
        apply(new LegalHoldReleasedEvent(dossierId, command.reason(), command.releasedAt()));
    }

    private void refuseUnderLegalHold(DossierAction action) {
        if (legalHold) {
            throw new DossierActionRefusedException(status, action, "LEGAL_HOLD");
        }
    }

    @DeadlineHandler(deadlineName = DeadlineAlarms.DUE_SOON)
    void onDueSoon(DossierDeadline deadline) {
        if (clockRunsFor(deadline) && !dueAt.equals(dueSoonRaisedFor) && !dueAt.equals(overdueRaisedFor)) {
            apply(new DossierDueSoonEvent(dossierId, dueAt));
        }
    }

    @DeadlineHandler(deadlineName = DeadlineAlarms.OVERDUE)
    void onOverdue(DossierDeadline deadline) {
        if (clockRunsFor(deadline) && !dueAt.equals(overdueRaisedFor)) {
            apply(new DossierOverdueEvent(dossierId, dueAt));
        }
    }

    private boolean clockRunsFor(DossierDeadline deadline) {
        return CLOCK_RUNNING.contains(status) && deadline.dueAt().equals(dueAt);
    }

    private void scheduleAlarms(DeadlineAlarms alarms, DeadlineManager deadlineManager) {
        alarms.alarmsFor(dueAt).forEach(alarm ->
                deadlineManager.schedule(alarm.at(), alarm.name(), new DossierDeadline(dueAt)));
    }

    private void require(DossierAction action) {
        if (!action.isAllowedIn(status)) {
            throw new DossierActionRefusedException(status, action, "ACTION_NOT_ALLOWED");
        }
    }

    @EventSourcingHandler
    void on(DossierReceivedEvent event) {
        dossierId = event.dossierId();
        status = DossierStatus.RECEIVED;
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(DossierAssignedEvent event) {
        status = DossierStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ForwardedToVillageEvent event) {
        status = DossierStatus.AT_VILLAGE;
        village = event.village();
    }

    @EventSourcingHandler
    void on(VillageReplyRecordedEvent event) {
        status = DossierStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(SupplementRequestedEvent event) {
        status = DossierStatus.AWAITING_SUPPLEMENT;
        remainingWorkingDaysAtStop = event.remainingWorkingDays();
    }

    @EventSourcingHandler
    void on(SupplementReceivedEvent event) {
        status = DossierStatus.IN_PROGRESS;
        dueAt = event.dueAt();
    }

    @EventSourcingHandler
    void on(DossierDueSoonEvent event) {
        dueSoonRaisedFor = event.dueAt();
    }

    @EventSourcingHandler
    void on(DossierOverdueEvent event) {
        overdueRaisedFor = event.dueAt();
    }

    @EventSourcingHandler
    void on(ApologyIssuedEvent event) {
        apologyIssued = true;
    }

    @EventSourcingHandler
    void on(ResultIssuedEvent event) {
        status = DossierStatus.RESULT_ISSUED;
        resultNumber = event.resultNumber();
    }

    @EventSourcingHandler
    void on(ResultReturnedEvent event) {
        status = DossierStatus.RESULT_RETURNED;
    }

    @EventSourcingHandler
    void on(DossierRejectedEvent event) {
        status = DossierStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(DossierWithdrawnEvent event) {
        status = DossierStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(DossierArchivedEvent event) {
        status = DossierStatus.ARCHIVED;
        archivedAt = event.archivedAt();
    }

    @EventSourcingHandler
    void on(ArchiveRecordRegisteredEvent event) {
        status = DossierStatus.ARCHIVED;
        archivedAt = event.archivedAt();
    }

    @EventSourcingHandler
    void on(DispositionReviewStartedEvent event) {
        status = DossierStatus.UNDER_DISPOSITION_REVIEW;
    }

    @EventSourcingHandler
    void on(DispositionApprovedEvent event) {
        dispositionApprovals.add(event.official());
    }

    @EventSourcingHandler
    void on(DispositionReviewCancelledEvent event) {
        status = DossierStatus.ARCHIVED;
        dispositionApprovals.clear();
    }

    @EventSourcingHandler
    void on(DossierDisposedEvent event) {
        status = DossierStatus.DISPOSED;
    }

    @EventSourcingHandler
    void on(LegalHoldPlacedEvent event) {
        legalHold = true;
    }

    @EventSourcingHandler
    void on(LegalHoldReleasedEvent event) {
        legalHold = false;
    }

    @EventSourcingHandler
    void on(ServiceRatedEvent event) {
        rated = true;
    }

    @EventSourcingHandler
    void on(DocumentAttachedEvent event) {
        attachedDocuments.add(event.documentId());
    }
}
